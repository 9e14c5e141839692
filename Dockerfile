# parley in a container: the same ./parley launcher, the same runtime classpath, no Maven at run time.
#
#   docker build -t parley:local .
#   docker run --rm parley:local --help
#   docker compose up -d            (broker + streams + consumer + dashboard + producer; see docker-compose.yml)
#
# Needs BuildKit (the default builder of Docker 23 and later) for the Maven cache mount below.

# ---- build: Maven + JDK 17 -----------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The cache mount keeps downloaded artifacts between builds; nothing of it ends up in an image layer.
# The stamp is what the launcher's stale() compares sources against: with it (and no sources in the runtime image)
# ./parley runs the classes as they are and never looks for Maven.
RUN --mount=type=cache,target=/root/.m2/repository \
    mvn -B -q -DskipTests package \
 && test -d app/target/classes && test -d app/target/lib \
 && touch app/target/.parley-build-stamp

# ---- runtime: JRE 17 only ------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# A fixed uid/gid so that files in the volumes keep one owner across image rebuilds.
RUN groupadd --system --gid 10001 parley \
 && useradd --system --uid 10001 --gid parley --home-dir /var/lib/parley --no-create-home --shell /usr/sbin/nologin parley \
 && mkdir -p /var/lib/parley /data/inbox \
 && chown parley:parley /var/lib/parley /data/inbox
# Same relative layout as a checkout: <home>/parley, <home>/app/target/{classes,lib,.parley-build-stamp}.
# No sources, no pom.xml: the launcher's staleness check finds nothing newer than the stamp.
COPY --from=build /src/parley /opt/parley/parley
COPY --from=build /src/app/target/classes /opt/parley/app/target/classes
COPY --from=build /src/app/target/lib /opt/parley/app/target/lib
COPY --from=build /src/app/target/.parley-build-stamp /opt/parley/app/target/.parley-build-stamp
COPY docker/entrypoint /opt/parley/docker/entrypoint
COPY docker/healthcheck /opt/parley/docker/healthcheck
RUN chmod 0755 /opt/parley/parley /opt/parley/docker/entrypoint /opt/parley/docker/healthcheck
ENV PATH="/opt/parley:${PATH}"
USER parley
# /var/lib/parley is owned by parley, so a named volume mounted there starts out writable for it.
WORKDIR /var/lib/parley
# Proves at build time that the launcher starts Java directly: were it to decide to rebuild, it would look for Maven,
# find none (and, not being root, not install one) and fail this step.
RUN parley --version
ENTRYPOINT ["/opt/parley/docker/entrypoint"]
CMD ["--help"]
