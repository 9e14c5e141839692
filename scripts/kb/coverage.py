#!/usr/bin/env python3
"""Office-holder coverage of the extractor KB: for each UN member state (plus a few observers and partly
recognised states that news quotes often), who the KB says held the head-of-state, head-of-government and
foreign-minister offices on given days. It resolves a day as Kb.bestOn does: a curated row first, else the
generated row that began last; a curated term replaces the generated ones of the same person and office.

Usage: python3 scripts/kb/coverage.py [--days 2024-06-01,2025-09-01,2026-06-01] [--gaps] [--summary]
  default prints one line per country and day (~ marks a generated row); --gaps only the countries and days
  with a missing or unconfirmed cell; --summary only the counts.
"""
import argparse
import datetime as dt
import os
import unicodedata

KB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'producer', 'src', 'main', 'resources',
                  'parley', 'kb')
# The 193 UN member states (ISO 3166-1 alpha-3), from world-countries 5.1.0's unMember flag.
UN = ('AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA BRB BRN BTN '
      'BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESP EST '
      'ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR '
      'ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV '
      'MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW '
      'PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR '
      'TCD TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE').split()
EXTRA = ['PSE', 'VAT', 'TWN', 'XKX']   # UN observers and partly recognised states
# A monarch first: the generated rows also hold regional and institutional 'presidents' of monarchies.
HEAD_OF_STATE = ('King', 'Emir', 'Sultan', 'President', 'Governor-General', 'Supreme Leader')
# Commonwealth realms: their head of state is the British monarch, whose KB row is under GBR.
REALMS = set('ATG AUS BHS BLZ CAN GRD JAM KNA LCA NZL PNG SLB TUV VCT'.split())
HEAD_OF_GOVERNMENT = ('Prime Minister', 'Chancellor')
# A country with no prime minister or chancellor in the KB since then is taken as presidential: its HoG is its HoS.
PRESIDENTIAL_SINCE = dt.date(2020, 1, 1)
UNCERTAIN_GRACE = dt.timedelta(days=30)   # as Kb.Office.validOn: a '?' end date may be a month late
# A generated term without an end date is only trusted this long after its start: Wikidata often lacks the end.
TRUSTED_OPEN_TERM = dt.timedelta(days=2 * 365)


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower().strip()


def date(s):
    try:
        return dt.date.fromisoformat(s.strip()) if s and s.strip() else None
    except ValueError:
        return None


def rows(name):
    with open(os.path.join(KB, name), encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                yield line.rstrip('\n').split('\t')


def load():
    terms = []
    curated = set()
    for r in rows('officeholders.tsv'):
        if len(r) < 5:
            continue
        terms.append(dict(name=r[0], country=r[2], office=r[3], start=date(r[4]),
                          end=date(r[5]) if len(r) > 5 else None, uncertain=len(r) > 6 and '?' in r[6], curated=True))
        curated.add((fold(r[0]), r[2], r[3]))
    for r in rows('wikidata-officeholders.tsv'):
        if len(r) < 6 or (fold(r[0]), r[2], r[3]) in curated:
            continue
        terms.append(dict(name=r[0], country=r[2], office=r[3], start=date(r[4]), end=date(r[5]),
                          uncertain=False, curated=False))
    by = {}
    for t in terms:
        by.setdefault((t['country'], t['office']), []).append(t)
    return by


def valid(t, day):
    end = t['end']
    return ((t['start'] is None or t['start'] <= day)
            and (end is None or day < end or (t['uncertain'] and day < end + UNCERTAIN_GRACE)))


def holder(by, country, offices, day):
    """A curated holder of any of the offices, else the generated one of the first office (in the given order) that
    has a holder on the day, resolved as Kb.bestOn."""
    generated = None
    for office in offices:
        best = None
        for t in by.get((country, office), ()):
            if not valid(t, day):
                continue
            if t['curated']:
                return t
            if best is None or t['start'] and (best['start'] is None or t['start'] > best['start']):
                best = t
        generated = generated or best
    return generated


def has_premier(by, country):
    return any(t['end'] is None or t['end'] > PRESIDENTIAL_SINCE
               for office in HEAD_OF_GOVERNMENT for t in by.get((country, office), ()))


def confirmed(t, day):
    """A curated row, or a generated one that is closed or began recently (not a possibly stale open term)."""
    return t is not None and (t['curated'] or t['end'] is not None or
                              (t['start'] is not None and day - t['start'] <= TRUSTED_OPEN_TERM))


def show(t):
    if t is None:
        return '-'
    mark = '' if t['curated'] else '~'   # ~ = generated (Wikidata) row; open-ended ones may be stale
    return f"{mark}{t['name']} ({t['office']}{', since ' + str(t['start']) if t['start'] else ''})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--days', default='2024-06-01,2025-09-01,2026-06-01')
    ap.add_argument('--gaps', action='store_true')
    ap.add_argument('--summary', action='store_true')
    a = ap.parse_args()
    days = [dt.date.fromisoformat(d) for d in a.days.split(',')]
    by = load()
    columns = (('HoS', HEAD_OF_STATE), ('HoG', HEAD_OF_GOVERNMENT), ('FM', ('Foreign Minister',)))
    counts = {(d, c): [0, 0] for d in days for c, _ in columns}
    for code in UN + EXTRA:
        for d in days:
            cells = [(c, holder(by, code, offices, d)) for c, offices in columns]
            if code in REALMS:
                cells[0] = ('HoS', holder(by, 'GBR', ('King',), d))
            if not has_premier(by, code):
                cells[1] = ('HoG', cells[0][1])
            if code in UN:
                for c, t in cells:
                    counts[(d, c)][0] += t is not None
                    counts[(d, c)][1] += confirmed(t, d)
            missing = [c for c, t in cells if not confirmed(t, d)]
            if a.summary or (a.gaps and not missing):
                continue
            if a.gaps:
                print(f"{code}\t{d}\tmissing or unconfirmed {','.join(missing)}")
            else:
                print(f"{code}\t{d}\t" + '\t'.join(f"{c}: {show(t)}" for c, t in cells))
    print(f"# {len(UN)} UN member states with a holder, any / confirmed (curated, closed or recent generated term);"
          f" HoG is the HoS where the KB has no prime minister or chancellor since {PRESIDENTIAL_SINCE}:")
    for d in days:
        print(f"# {d}: " + ', '.join(f"{c} {counts[(d, c)][0]}/{counts[(d, c)][1]}" for c, _ in columns))


if __name__ == '__main__':
    main()
