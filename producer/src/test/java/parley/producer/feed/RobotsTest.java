package parley.producer.feed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RobotsTest {
    @Test
    void starGroupPrefixes() {
        Robots r = Robots.parse("# hi\nUser-agent: *\nDisallow: /private/\nDisallow: /tmp\n", "parley");
        assertThat(r.allows("/")).isTrue();
        assertThat(r.allows("/news/a")).isTrue();
        assertThat(r.allows("/private/x")).isFalse();
        assertThat(r.allows("/private")).isTrue();
        assertThat(r.allows("/tmpfile")).isFalse();
    }

    @Test
    void ourGroupReplacesStarAndAllowCanOverride() {
        String txt = "User-agent: *\nDisallow: /\n\nUser-agent: googlebot\nUser-agent: parley\nDisallow: /a/\nAllow: /a/public/\n";
        Robots r = Robots.parse(txt, "parley");
        assertThat(r.allows("/b")).isTrue();
        assertThat(r.allows("/a/x")).isFalse();
        assertThat(r.allows("/a/public/x")).isTrue(); // longer Allow wins
        Robots other = Robots.parse(txt, "otherbot");
        assertThat(other.allows("/b")).isFalse();
    }

    @Test
    void emptyDisallowAllowsAllAndWildcardsWork() {
        assertThat(Robots.parse("User-agent: *\nDisallow:\n", "parley").allows("/x")).isTrue();
        Robots r = Robots.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n", "parley");
        assertThat(r.allows("/doc/file.pdf")).isFalse();
        assertThat(r.allows("/doc/file.pdf?x=1")).isTrue();
        assertThat(r.allows("/search?q=1")).isFalse();
        assertThat(r.allows("/searching")).isTrue();
        assertThat(Robots.matches("/a*b*c*d*e*f*g*h", "/" + "a".repeat(5000))).isFalse(); // linear, no blow-up
    }
}
