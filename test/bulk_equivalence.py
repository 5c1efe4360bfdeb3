#!/usr/bin/python3
# test/bulk_equivalence.py: a COPY of registrations for many pupils raises the
# same signals as inserting them one by one, in any order (DOMAIN 4: "one
# signal ... never two for the same crossing, whatever order rows arrive in";
# DOMAIN 4.8: "A signal's crossing date is the day the measure first passes
# the threshold in date order, whatever order rows arrive in; due dates count
# from it").
#
# A data set is generated with a fixed seed: six schools of the five shipped
# profiles (statutory, holland_rijnland, rbl_brabant_noordoost, sppoh PO and
# VO, drechtsteden), school year 2025 loaded with invented holidays (labelled
# "(fixture)"), a short day and a study day, about 150 pupils (a few change
# school mid-term, two leave school while of compulsory age), and valid,
# non-overlapping registrations of every kind over the first term: whole
# days, partial days, multi-day sick episodes, late arrivals, luxury leave,
# suspensions, long truancy, running sick episodes.  The same fixture and
# rows are loaded into three fresh databases:
#
#   copy     one COPY of all registrations (one statement, so every pupil is
#            evaluated once, over the final data: the reference);
#   date     one INSERT per row, in date order;
#   shuffle  one INSERT per row, in a shuffled order.
#
# Registration ids are given explicitly, so evidence arrays compare as they
# are.  What must hold:
#
#   1. The OPEN signals are the same in all three: pupil, school, criterion
#      version, code, level, crossing date, window, measured value,
#      comparator, threshold, evidence, role, action, due date, source.
#   2. copy withdraws nothing: it evaluates each pupil once.
#   3. date withdraws nothing either: with registrations only (no DUO
#      reports, reclassifications or exemptions), a row can only raise the
#      measures, and only on its own days and later ones, so a row arriving
#      in date order never moves a crossing that came before it (4.8).
#   4. In shuffle a signal may be withdrawn only because a later-arriving,
#      earlier-dated row moved its crossing earlier: the run that held it
#      now starts before it.  So for every withdrawn signal there is an open
#      signal of the same pupil, school and code whose crossing is earlier,
#      and no open signal of that key crosses on the withdrawn one's day.
#   5. attendance.evaluate() afterwards raises nothing and withdraws nothing
#      in any of the three (it agrees with what the triggers did).
#   6. The data set proves something: at least 40 open signals over at
#      least 10 different codes.
#   7. copy (all signals of the statement opening their cases as one set,
#      src/signals_to_cases.sql) and date (one signal at a time) leave the
#      same cases (DOMAIN 6: a signal opens the case of its protocol or
#      joins the open one): per pupil the same cases by protocol and status,
#      each with the same signals linked, one "opened" event and one
#      "signal_joined" per further signal; the same duties (signal, role,
#      due date, status, protocol) and the same state deadlines (protocol,
#      state, code, role, status).  Which signal of a case came first may
#      differ (the evaluation raises a pupil's signals in criterion order,
#      not date order), so the state deadlines' dates are not compared.
#
# Run by tools/run-tests.sh inside the throwaway cluster:
#   /usr/bin/python3 test/bulk_equivalence.py
# (PG* environment variables name the server; python3-psycopg2.)  By hand:
#   flock /tmp/attendance-install.lock sh -c \
#     'make -s install && pg_virtualenv -t -v 15 /usr/bin/python3 test/bulk_equivalence.py'
# Prints a summary and every difference; exits non-zero on any failure.
# --keep leaves the three databases in place for inspection.

import datetime as dt
import io
import random
import sys
import time
from collections import Counter, defaultdict

import psycopg2

SEED = 20251114
TODAY = dt.date(2026, 1, 30)          # a Friday: the test clock (attendance.today)
TERM_FIRST = dt.date(2025, 8, 18)     # no registration before this day
DATABASES = ['att_bulk_copy', 'att_bulk_date', 'att_bulk_shuffle']
KEEP = '--keep' in sys.argv

# ---------------------------------------------------------------------------
# Fixture: schools, invented holidays, pupils, enrolments (the same SQL in
# each database).
# ---------------------------------------------------------------------------

SCHOOLS = [
    # id, brin, name, sector, profile, region, lesson_hours_per_day
    (1, '99XA', 'Wettelijk College (fixture)', 'VO', 'statutory', 'noord', None),
    (2, '99XB', 'Rijnland Lyceum (fixture)', 'VO', 'holland_rijnland', 'midden', 7),
    (3, '99XC', 'Brabant College (fixture)', 'VO', 'rbl_brabant_noordoost', 'zuid', None),
    (4, '99XD', 'Haagse Basisschool (fixture)', 'PO', 'sppoh', 'midden', None),
    (5, '99XE', 'Haags Lyceum (fixture)', 'VO', 'sppoh', 'midden', None),
    (6, '99XF', 'Drechtcollege (fixture)', 'VO', 'drechtsteden', 'zuid', None),
]

HOLIDAYS = [
    # region, school, name, first, last (all invented, not the real dates)
    ('noord', None, 'zomervakantie (fixture)', '2025-08-01', '2025-08-24'),
    ('midden', None, 'zomervakantie (fixture)', '2025-08-01', '2025-08-17'),
    ('zuid', None, 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('noord', None, 'herfstvakantie (fixture)', '2025-10-11', '2025-10-19'),
    ('midden', None, 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('zuid', None, 'herfstvakantie (fixture)', '2025-10-25', '2025-11-02'),
    ('noord', None, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04'),
    ('midden', None, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04'),
    ('zuid', None, 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04'),
    (None, 3, 'studiedag (fixture)', '2025-11-19', '2025-11-19'),
    (None, 5, 'studiedagen (fixture)', '2025-12-18', '2025-12-19'),
]

SCHOOL_DAYS = [  # per-date lesson hours (a short day)
    (1, '2025-09-26', 4, 'sportdag (fixture)'),
    (6, '2025-12-05', 3, 'sinterklaas (fixture)'),
]


def fixture_sql(rng):
    """The fixture as SQL, and the pupils' enrolment segments."""
    sql = []
    sql.append('INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality, lesson_hours_per_day) VALUES '
               + ', '.join("(%d, '%s', '%s', '%s', '%s', '%s', 'Testdorp', %s)"
                           % (s[0], s[1], s[2], s[3], s[4], s[5], 'NULL' if s[6] is None else s[6])
                           for s in SCHOOLS) + ';')
    sql.append('INSERT INTO attendance.school_holiday (holiday_region, school_id, name, first_day, last_day) VALUES '
               + ', '.join("(%s, %s, '%s', '%s', '%s')"
                           % ('NULL' if h[0] is None else "'%s'" % h[0], 'NULL' if h[1] is None else h[1],
                              h[2], h[3], h[4]) for h in HOLIDAYS) + ';')
    sql.append('INSERT INTO attendance.school_day (school_id, day, lesson_hours, reason) VALUES '
               + ', '.join("(%d, '%s', %s, '%s')" % d for d in SCHOOL_DAYS) + ';')
    # School year 2025 everywhere; 2024 as well for school 2 (rolling windows
    # then look back into it).
    sql.append('INSERT INTO attendance.school_year (school_id, year) VALUES '
               + ', '.join('(%d, 2025)' % s[0] for s in SCHOOLS) + ', (2, 2024);')

    pupils = []       # (pupil_id, reference, birth_date)
    segments = []     # (pupil_id, school_id, first, last or None)
    pid = 0
    for s in SCHOOLS:
        for _ in range(25):
            pid += 1
            if s[3] == 'PO':
                birth = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
            else:
                birth = dt.date(2010, 10, 1) + dt.timedelta(days=rng.randrange(3 * 365))
            pupils.append((pid, 'P-%04d' % pid, birth))
            segments.append([pid, s[0], dt.date(2025, 8, 1), None])
    # Movers: three VO pupils change school on 2025-11-01 (a new count at the
    # new school), two pupils leave school on 2025-11-30 and are not enrolled
    # anywhere after it (statutory_absolute).
    for pid, new_school in ((3, 2), (30, 3), (60, 6)):
        seg = [x for x in segments if x[0] == pid][0]
        seg[3] = dt.date(2025, 10, 31)
        segments.append([pid, new_school, dt.date(2025, 11, 1), None])
    for pid in (10, 110):
        seg = [x for x in segments if x[0] == pid][0]
        seg[3] = dt.date(2025, 11, 30)
    sql.append('INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES '
               + ', '.join("(%d, '%s', '%s', 'Testdorp')" % p for p in pupils) + ';')
    sql.append('INSERT INTO attendance.enrolment (pupil_id, school_id, first_day, last_day) VALUES '
               + ', '.join("(%d, %d, '%s', %s)" % (g[0], g[1], g[2], 'NULL' if g[3] is None else "'%s'" % g[3])
                           for g in segments) + ';')
    return sql, pupils, segments


# ---------------------------------------------------------------------------
# Registrations
# ---------------------------------------------------------------------------

class Pupil:
    """The days a pupil's registrations already use, so new ones stay valid
    (DOMAIN 3: a whole-day registration shares its days with nothing; partial
    days together fit the day's hours; a late arrival may share a day with
    partial registrations)."""

    def __init__(self, pid):
        self.pid = pid
        self.whole = set()              # calendar days covered by whole-day rows
        self.partial = defaultdict(float)
        self.partial_kinds = defaultdict(set)
        self.late = set()
        self.rows = []                  # (school, kind, first, last, hours)
        self.suspended = False

    def free_whole(self, first, last):
        d = first
        while d <= last:
            if d in self.whole or d in self.partial or d in self.late:
                return False
            d += dt.timedelta(days=1)
        return True

    def add_whole(self, school, kind, first, last):
        d = first
        while d <= last:
            self.whole.add(d)
            d += dt.timedelta(days=1)
        self.rows.append((school, kind, first, last, None))

    def last_used(self):
        days = list(self.whole) + list(self.partial) + list(self.late)
        return max(days) if days else None


def generate(rng, segments, calendar):
    """Registrations for every pupil: a mix of behaviours chosen at random."""
    by_pupil = defaultdict(list)
    for seg in segments:
        by_pupil[seg[0]].append(seg)
    behaviours = ['truant', 'late', 'sick_often', 'sick_long', 'truant_long', 'luxury',
                  'suspension', 'authorised', 'quiet', 'mixed_day']
    weights = [14, 14, 12, 10, 5, 6, 5, 8, 10, 8]
    rows = []
    for pid in sorted(by_pupil):
        pu = Pupil(pid)
        chosen = set(rng.choices(behaviours, weights, k=rng.randint(1, 3)))
        segs = by_pupil[pid]
        for seg in segs:
            school = seg[1]
            last = min(seg[3] or TODAY, TODAY)
            sd = [(d, h) for d, h in calendar[school] if seg[2] <= d <= last and d >= TERM_FIRST]
            if not sd:
                continue
            place(rng, pu, school, sd, chosen)
        # A running sick episode, the pupil's last registration (it runs on
        # to today and overlaps anything after its first day).
        seg = segs[-1]
        if seg[3] is None and rng.random() < 0.12:
            school = seg[1]
            used = pu.last_used()
            sd = [d for d, h in calendar[school] if d > (used or TERM_FIRST) and d >= TODAY - dt.timedelta(days=20)]
            if sd:
                first = rng.choice(sd)
                pu.rows.append((school, 'sick', first, None, None))
        rows.extend((pid,) + r for r in pu.rows)
    return rows


def place(rng, pu, school, sd, chosen):
    """The chosen behaviours over one enrolment's schooldagen sd."""
    days = [d for d, h in sd]
    hours = dict(sd)
    n = len(days)

    def span(k, kind, lo=0, hi=None, tries=40):
        """A whole-day registration over k consecutive schooldagen."""
        hi = n - k if hi is None else min(hi, n - k)
        if k <= 0 or hi < lo:
            return False
        for _ in range(tries):
            i = rng.randint(lo, hi)
            first, last = days[i], days[i + k - 1]
            if pu.free_whole(first, last):
                pu.add_whole(school, kind, first, last)
                return True
        return False

    def partial(kind, lo=0, hi=None, tries=40):
        hi = n - 1 if hi is None else min(hi, n - 1)
        for _ in range(tries):
            i = rng.randint(lo, hi)
            d = days[i]
            left = hours[d] - pu.partial[d]
            if d in pu.whole or kind in pu.partial_kinds[d] or left < 1:
                continue
            h = min(left - (0.5 if rng.random() < 0.5 else 0), rng.choice([1, 1.5, 2, 2.5, 3, 4, 5]))
            if h <= 0:
                continue
            pu.partial[d] += h
            pu.partial_kinds[d].add(kind)
            pu.rows.append((school, kind, d, d, h))
            return True
        return False

    def late(lo=0, hi=None, tries=40):
        hi = n - 1 if hi is None else min(hi, n - 1)
        for _ in range(tries):
            d = days[rng.randint(lo, hi)]
            if d in pu.whole or d in pu.late:
                continue
            pu.late.add(d)
            pu.rows.append((school, 'late', d, None, None))
            return True
        return False

    # Long whole-day stretches first, then shorter ones, then partial days.
    if 'truant_long' in chosen:
        span(rng.randint(12, 30), 'unauthorised')
    if 'sick_long' in chosen:
        span(rng.randint(5, 28), 'sick')
    if 'suspension' in chosen and not pu.suspended:
        if span(rng.randint(1, 5), 'suspension'):
            pu.suspended = True
    if 'luxury' in chosen:
        # before or after a holiday: a schooldag whose neighbour schooldag is
        # more than 3 days away
        before = [i for i in range(n - 1) if (days[i + 1] - days[i]).days > 3]
        after = [i for i in range(1, n) if (days[i] - days[i - 1]).days > 3]
        for _ in range(rng.randint(1, 2)):
            k = rng.randint(1, 3)
            if before and rng.random() < 0.5:
                i = rng.choice(before)
                span(k, 'luxury', max(i - k + 1, 0), max(i - k + 1, 0), tries=1)
            elif after:
                i = rng.choice(after)
                span(k, 'luxury', i, i, tries=1)
    if 'sick_often' in chosen:
        # 3-7 short episodes within about 12 weeks
        start = rng.randint(0, max(0, n - 50))
        for _ in range(rng.randint(3, 7)):
            if rng.random() < 0.3:
                partial('sick', start, start + 55)
            else:
                span(rng.randint(1, 3), 'sick', start, start + 55)
    if 'truant' in chosen:
        # clustered partial days (4 schoolweeks is about 20 schooldagen) and a few whole days
        for _ in range(rng.randint(1, 3)):
            start = rng.randint(0, max(0, n - 20))
            for _ in range(rng.randint(3, 8)):
                partial('unauthorised', start, start + 19)
        for _ in range(rng.randint(0, 3)):
            span(1, 'unauthorised')
    if 'late' in chosen:
        for _ in range(rng.randint(3, 20)):
            late()
    if 'authorised' in chosen:
        for _ in range(rng.randint(1, 6)):
            if rng.random() < 0.6:
                partial('authorised')
            else:
                span(rng.randint(1, 2), 'authorised')
    if 'mixed_day' in chosen:
        # partial days of several kinds sharing a day, with a late arrival
        for _ in range(rng.randint(1, 4)):
            i = rng.randint(0, n - 1)
            for kind in rng.sample(['unauthorised', 'authorised', 'sick'], 2):
                partial(kind, i, i)
            late(i, i)
    # Everyone: a few odd registrations ('quiet' pupils have only these).
    for _ in range(rng.randint(0, 3)):
        r = rng.random()
        if r < 0.3:
            late()
        elif r < 0.6:
            partial(rng.choice(['unauthorised', 'authorised', 'sick']))
        else:
            span(1, rng.choice(['sick', 'unauthorised', 'authorised']))


# ---------------------------------------------------------------------------
# Loading and comparing
# ---------------------------------------------------------------------------

def connect(dbname=None):
    conn = psycopg2.connect(dbname=dbname) if dbname else psycopg2.connect()
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute("SET client_min_messages = warning")
    cur.execute("SET datestyle = 'ISO, YMD'")
    cur.execute("SET attendance.today = %s", (TODAY.isoformat(),))
    cur.execute("SET synchronous_commit = off")
    return conn


def fresh_database(admin, name, fixture):
    cur = admin.cursor()
    cur.execute('DROP DATABASE IF EXISTS %s' % name)
    cur.execute('CREATE DATABASE %s' % name)
    conn = connect(name)
    cur = conn.cursor()
    cur.execute('CREATE EXTENSION attendance')
    cur.execute('SET attendance.today = %s', (TODAY.isoformat(),))
    cur.execute('BEGIN')
    for stmt in fixture:
        cur.execute(stmt)
    cur.execute('COMMIT')
    return conn


COLUMNS = ('registration_id', 'pupil_id', 'school_id', 'kind', 'first_day', 'last_day', 'lesson_hours')
INSERT = ('INSERT INTO attendance.registration (%s) VALUES (%%s, %%s, %%s, %%s, %%s, %%s, %%s)'
          % ', '.join(COLUMNS))


def load_copy(conn, rows):
    buf = io.StringIO()
    for r in rows:
        buf.write(','.join('' if v is None else str(v) for v in r) + '\n')
    buf.seek(0)
    conn.cursor().copy_expert('COPY attendance.registration (%s) FROM STDIN WITH (FORMAT csv)'
                              % ', '.join(COLUMNS), buf)


def load_inserts(conn, rows):
    cur = conn.cursor()
    for r in rows:
        cur.execute(INSERT, r)


SIGNAL_COLUMNS = ('pupil_id', 'school_id', 'origin', 'criterion_id', 'code', 'level', 'crossing_date',
                  'window_first', 'window_last', 'measured', 'comparator', 'threshold', 'evidence',
                  'role', 'action', 'due_date', 'source', 'report_id', 'historical')


def signals(conn, status):
    cur = conn.cursor()
    cur.execute('SELECT %s FROM attendance.signal WHERE status = %%s'
                ' ORDER BY pupil_id, school_id, code, crossing_date' % ', '.join(SIGNAL_COLUMNS), (status,))
    out = []
    for row in cur.fetchall():
        d = dict(zip(SIGNAL_COLUMNS, row))
        d['evidence'] = tuple(sorted(d['evidence']))
        out.append(d)
    return out


def key(s):
    return tuple(s[c] for c in SIGNAL_COLUMNS)


def short(s):
    return ('pupil %s school %s %s crossing %s window %s..%s measured %s due %s evidence %s'
            % (s['pupil_id'], s['school_id'], s['code'], s['crossing_date'], s['window_first'],
               s['window_last'], s['measured'], s['due_date'], list(s['evidence'])))


def compare_open(ref, a, n, b, failures):
    """Report the open signals that differ, grouped per pupil, school and
    code, and classified: a doubled crossing (more open signals than the
    reference), a moved crossing (other crossing dates), or a stale signal
    (same crossing, other measure, window, evidence or due date)."""
    group = lambda sigs: {k: sorted(v, key=key) for k, v in groupby_key(sigs).items()}
    ga, gb = group(a), group(b)
    classes = defaultdict(list)
    for k in sorted(set(ga) | set(gb), key=str):
        sa, sb = ga.get(k, []), gb.get(k, [])
        if [key(x) for x in sa] == [key(x) for x in sb]:
            continue
        if len(sb) > len(sa):
            c = 'doubled: more open signals than crossings'
        elif len(sb) < len(sa):
            c = 'missing: fewer open signals than crossings'
        elif [x['crossing_date'] for x in sa] != [x['crossing_date'] for x in sb]:
            c = 'moved: another crossing date (and so due date, window, evidence)'
        else:
            c = 'stale: same crossing, other measured value, window, evidence or due date'
        classes[c].append((k, sa, sb))
    if not classes:
        print('  %s: the same %d open signals as %s' % (n, len(b), ref))
        return
    failures.append('open signals of %s differ from %s' % (n, ref))
    print('FAIL open signals of %s differ from %s for %d pupil/school/code groups'
          % (n, ref, sum(len(v) for v in classes.values())))
    for c, items in sorted(classes.items()):
        codes = Counter(k[2] for k, _, _ in items)
        print('  %d %s' % (len(items), c))
        print('     codes: %s' % ', '.join('%s %d' % kv for kv in sorted(codes.items())))
        for k, sa, sb in items[:6]:
            for x in sa:
                print('     %-16s %s' % (ref, short(x)))
            for x in sb:
                print('     %-16s %s' % (n, short(x)))
            print()


CASES = '''
SELECT c.pupil_id, c.protocol, c.status,
       (SELECT pg_catalog.string_agg(g.code || ' ' || g.crossing_date, ', ' ORDER BY g.code, g.crossing_date)
          FROM attendance.case_signal cs JOIN attendance.signal g USING (signal_id)
         WHERE cs.case_id = c.case_id),
       (SELECT pg_catalog.string_agg(e.event, ', ' ORDER BY e.event)
          FROM attendance.case_event e WHERE e.case_id = c.case_id)
FROM attendance."case" c'''
DUTIES = '''
SELECT d.pupil_id, g.code, g.crossing_date, d.role, d.due_date, d.status, d.protocol
FROM attendance.deadline d JOIN attendance.signal g USING (signal_id)'''
STATE_DEADLINES = '''
SELECT d.pupil_id, d.protocol, d.state, d.code, d.role, d.status
FROM attendance.deadline d WHERE d.signal_id IS NULL'''


def compare_cases(ref, a, n, b, failures):
    """7: the same cases, events, links and deadlines, as multisets."""
    for what, sql in (('cases (protocol, status, signals, events)', CASES),
                      ('duties', DUTIES), ('state deadlines', STATE_DEADLINES)):
        rows = {}
        for name, conn in ((ref, a), (n, b)):
            cur = conn.cursor()
            cur.execute(sql)
            rows[name] = Counter(tuple(str(v) for v in r) for r in cur.fetchall())
        only_ref = rows[ref] - rows[n]
        only_n = rows[n] - rows[ref]
        print('  %s: %d %s in %s' % (what, sum(rows[ref].values()), 'match' if not (only_ref or only_n) else 'differ', n))
        if only_ref or only_n:
            failures.append('%s differ between %s and %s' % (what, ref, n))
            print('FAIL %s differ between %s and %s' % (what, ref, n))
            for r in list(only_ref.elements())[:10]:
                print('   only in %s: %s' % (ref, ' | '.join(r)))
            for r in list(only_n.elements())[:10]:
                print('   only in %s: %s' % (n, ' | '.join(r)))


def groupby_key(sigs):
    g = defaultdict(list)
    for s in sigs:
        g[(s['pupil_id'], s['school_id'], s['code'])].append(s)
    return g


def main():
    rng = random.Random(SEED)
    failures = []
    fixture, pupils, segments = fixture_sql(rng)

    admin = connect()
    t0 = time.time()
    conns = {}
    for name in DATABASES:
        conns[name] = fresh_database(admin, name, fixture)

    # The school calendars, from the extension itself (DOMAIN 2).
    cur = conns[DATABASES[0]].cursor()
    calendar = {}
    for s in SCHOOLS:
        cur.execute('SELECT day, lesson_hours::float8 FROM attendance.schooldays(%s, %s, %s) ORDER BY day',
                    (s[0], '2025-08-01', TODAY))
        calendar[s[0]] = cur.fetchall()

    gen = generate(rng, segments, calendar)
    # Ids in date order, so that the date order is also the id order.
    gen.sort(key=lambda r: (r[3], r[0], r[2], r[1]))
    rows = [(i + 1,) + (r[0], r[1], r[2], r[3], r[4], r[5]) for i, r in enumerate(gen)]
    kinds = Counter(r[3] for r in rows)
    print('bulk_equivalence: %d pupils, %d registrations (%s)'
          % (len(pupils), len(rows), ', '.join('%s %d' % kv for kv in sorted(kinds.items()))))

    copy_rows = rows[:]
    rng.shuffle(copy_rows)              # one COPY, rows in no particular order
    date_rows = sorted(rows, key=lambda r: (r[4], r[0]))
    shuffle_rows = rows[:]
    rng.shuffle(shuffle_rows)

    for name, loader, data in ((DATABASES[0], load_copy, copy_rows),
                               (DATABASES[1], load_inserts, date_rows),
                               (DATABASES[2], load_inserts, shuffle_rows)):
        t = time.time()
        try:
            loader(conns[name], data)
        except psycopg2.Error as e:
            print('FAIL loading %s: %s' % (name, e.pgerror or e))
            failures.append('load %s' % name)
            continue
        print('  loaded %-18s in %5.1f s' % (name, time.time() - t))

    if failures:
        return finish(admin, conns, failures)

    open_ = {n: signals(conns[n], 'open') for n in DATABASES}
    withdrawn = {n: signals(conns[n], 'withdrawn') for n in DATABASES}
    for n in DATABASES:
        print('  %-18s %4d open, %3d withdrawn' % (n, len(open_[n]), len(withdrawn[n])))

    # 1. the same open signals
    ref = DATABASES[0]
    for n in DATABASES[1:]:
        compare_open(ref, open_[ref], n, open_[n], failures)

    # 2, 3. nothing withdrawn when each pupil is evaluated once, or rows come in date order
    for n in DATABASES[:2]:
        if withdrawn[n]:
            failures.append('%s withdrew signals' % n)
            print('FAIL %s withdrew %d signals; none may be withdrawn there' % (n, len(withdrawn[n])))
            for s in withdrawn[n][:20]:
                print('   withdrawn %s' % short(s))

    # 4. in shuffled order, withdrawn only where the crossing moved earlier
    n = DATABASES[2]
    open_by_key = defaultdict(list)
    for s in open_[n]:
        open_by_key[(s['pupil_id'], s['school_id'], s['code'])].append(s['crossing_date'])
    bad = []
    for s in withdrawn[n]:
        crossings = open_by_key.get((s['pupil_id'], s['school_id'], s['code']), [])
        if s['crossing_date'] in crossings or not any(c < s['crossing_date'] for c in crossings):
            bad.append(s)
    print('  %s: %d withdrawn because a back-dated row moved the crossing earlier'
          % (n, len(withdrawn[n]) - len(bad)))
    if bad:
        failures.append('%s withdrew signals whose crossing did not move' % n)
        print('FAIL %s withdrew %d signals whose crossing did not move earlier' % (n, len(bad)))
        for s in bad[:20]:
            print('   withdrawn %s' % short(s))

    # 5. the daily evaluation agrees with what the triggers did
    for n in DATABASES:
        cur = conns[n].cursor()
        cur.execute('BEGIN')
        cur.execute('SELECT attendance.evaluate()')
        raised = cur.fetchone()[0]
        cur.execute('SELECT count(*) FROM attendance.signal WHERE withdrawn_at = now()')
        gone = cur.fetchone()[0]
        cur.execute('COMMIT')
        if raised or gone:
            failures.append('evaluate() changed %s' % n)
            print('FAIL attendance.evaluate() in %s raised %d and withdrew %d signals' % (n, raised, gone))

    # 6. the data set proves something
    codes = Counter(s['code'] for s in open_[ref])
    print('  open signals per code in %s: %s' % (ref, ', '.join('%s %d' % kv for kv in sorted(codes.items()))))
    if len(open_[ref]) < 40 or len(codes) < 10:
        failures.append('data set too weak')
        print('FAIL the data set raised only %d signals over %d codes (want >= 40 over >= 10)'
              % (len(open_[ref]), len(codes)))

    # 7. cases opened as a set (copy) as one at a time (date)
    compare_cases(ref, conns[ref], DATABASES[1], conns[DATABASES[1]], failures)

    print('  %.1f s in all' % (time.time() - t0))
    return finish(admin, conns, failures)


def finish(admin, conns, failures):
    for c in conns.values():
        c.close()
    if not KEEP:
        cur = admin.cursor()
        for name in DATABASES:
            cur.execute('DROP DATABASE IF EXISTS %s' % name)
    admin.close()
    if failures:
        print('bulk_equivalence: FAILED: %s' % '; '.join(failures))
        return 1
    print('bulk_equivalence: passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
