#!/usr/bin/env python3
"""Sanity checks for eval/holdout (standard library only).

usage (from the repository root):  python3 eval/holdout/check.py

Checks: every gold line parses as JSON and has the guideline fields; every `doc` is listed in
docs/docs.tsv with the same `published` and exists in docs/; docs.tsv lists no file without a
file on disk; codes are ISO 3166-1 alpha-3, XKX or an allowed organisation; kinds, dates and
precisions are well formed (MONTH/YEAR dates are the first day of the period, no date after
published + 1 day); VISIT has a host and no domestic host, MEETING/CALL have a foreign
counterpart; every evidence (pieces split on " ... ") is a verbatim substring of its document;
and the weekday of each `published` date is printed for eyeballing.
"""
import csv, datetime, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ISO3 = set("""
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT
    AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL
    BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG
    COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM
    DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR
    GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
    HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA
    JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY
    LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL
    MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM
    NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER
    PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU
    SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR
    SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON
    TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
    VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())
ORGS = {"EU", "NATO", "UN", "CSTO", "CIS", "EAEU", "OSCE"}
CODES = ISO3 | {"XKX"} | ORGS
KINDS = {"VISIT", "MEETING", "CALL", "STATEMENT"}
FIELDS = ["doc", "published", "kind", "actor", "counterpart", "place", "about", "date",
          "date_precision", "evidence", "core"]


def main():
    errors = []
    err = errors.append
    docs_dir = os.path.join(HERE, "docs")
    with open(os.path.join(docs_dir, "docs.tsv"), encoding="utf-8") as f:
        pubs = {r["file"]: r["published"] for r in csv.DictReader(f, delimiter="\t")}
    for name in pubs:
        if not os.path.isfile(os.path.join(docs_dir, name)):
            err("docs.tsv lists a missing file: " + name)
    on_disk = {n for n in os.listdir(docs_dir) if n != "docs.tsv"}
    for n in sorted(on_disk - set(pubs)):
        err("file not in docs.tsv: " + n)
    texts = {n: open(os.path.join(docs_dir, n), encoding="utf-8", newline="").read()
             for n in pubs if n in on_disk}
    n_core = {}
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    for i, line in enumerate(lines, 1):
        where = "gold line %d" % i
        try:
            e = json.loads(line)
        except json.JSONDecodeError as x:
            err("%s: bad JSON (%s)" % (where, x)); continue
        for k in FIELDS:
            if k not in e:
                err("%s: missing field %s" % (where, k))
        d = e.get("doc")
        if d not in pubs:
            err("%s: doc %r not in docs.tsv" % (where, d)); continue
        if e.get("published") != pubs[d]:
            err("%s: published %s differs from docs.tsv %s" % (where, e.get("published"), pubs[d]))
        k = e.get("kind")
        if k not in KINDS:
            err("%s: bad kind %r" % (where, k))
        def cc(obj, label, required):
            if obj is None:
                if required:
                    err("%s: %s is null" % (where, label))
                return None
            c = obj.get("country")
            if c not in CODES:
                err("%s: %s country %r is not a valid code" % (where, label, c))
            if "name" not in obj:
                err("%s: %s has no name" % (where, label))
            return c
        a = cc(e.get("actor"), "actor", True)
        cp = cc(e.get("counterpart"), "counterpart", k in ("MEETING", "CALL"))
        pl = e.get("place")
        pc = cc(pl, "place", k == "VISIT")
        if k in ("CALL", "STATEMENT") and pl is not None:
            err("%s: %s with a place" % (where, k))
        if k == "VISIT" and (pc or cp) == a:
            err("%s: domestic VISIT" % where)
        if k in ("MEETING", "CALL") and cp == a:
            err("%s: %s with own country" % (where, k))
        for c in e.get("about", []):
            if c not in CODES:
                err("%s: about code %r invalid" % (where, c))
        if k != "STATEMENT" and e.get("about"):
            err("%s: about[] on a %s" % (where, k))
        dt, pr = e.get("date"), e.get("date_precision")
        if dt is None:
            if pr is not None:
                err("%s: precision without date" % where)
        else:
            try:
                day = datetime.date.fromisoformat(dt)
            except (TypeError, ValueError):
                err("%s: bad date %r" % (where, dt)); day = None
            if pr not in ("DAY", "MONTH", "YEAR"):
                err("%s: bad precision %r" % (where, pr))
            if day and pr == "MONTH" and day.day != 1:
                err("%s: MONTH date not on the 1st" % where)
            if day and pr == "YEAR" and (day.month, day.day) != (1, 1):
                err("%s: YEAR date not on 1 January" % where)
            if day and e.get("core") and day > datetime.date.fromisoformat(pubs[d]) + datetime.timedelta(days=1):
                err("%s: core event dated after published + 1" % where)
        if not isinstance(e.get("core"), bool):
            err("%s: core is not a boolean" % where)
        for piece in str(e.get("evidence", "")).split(" ... "):
            if not piece or piece not in texts.get(d, ""):
                err("%s: evidence not verbatim in %s: %r" % (where, d, piece[:70]))
        if e.get("core"):
            n_core[d] = n_core.get(d, 0) + 1
    for n in sorted(pubs):
        wd = datetime.date.fromisoformat(pubs[n]).strftime("%a")
        print("%-52s %s %s  core=%d" % (n, pubs[n], wd, n_core.get(n, 0)))
    print("%d gold lines, %d core" % (len(lines), sum(n_core.values())))
    for m in errors:
        print("ERROR:", m)
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
