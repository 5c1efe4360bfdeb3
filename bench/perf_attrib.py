#!/usr/bin/env python3
"""bench/perf_attrib.py: attribute a backend's perf samples to the parts of a
registration write (bench/insert_bench.sh runs it on `perf script -F comm,ip,sym`).

Each sample is put in one bucket by the frames of its call stack, root first:
outside the trigger (the INSERT or COPY itself, commit, protocol), or inside
attendance_registration_write by the first function below it that names a
part, and inside EvaluatePupil by what it called.  Static functions of the
extension that the compiler inlined (ProcessStatement, ValidatePupil,
LoadPupil, FindRuns, ...) show as their caller.
"""
import collections
import sys


def stacks(path):
    cur = None
    with open(path, errors='replace') as f:
        for line in f:
            if not line.strip():
                continue
            if not line[0].isspace():
                if cur:
                    yield cur
                cur = []
                continue
            parts = line.split()
            if cur is not None:
                cur.append(parts[1] if len(parts) > 1 else '?')
    if cur:
        yield cur


VALIDATION_QUERIES = ('ExecPlan', 'CountedLast', 'CheckEnrolled', 'SPI_execute_plan')
CALENDAR = ('PupilCalendar', 'school_calendar_load')
SIGNALS = ('Reconcile', 'RaiseSignal', 'SignalRaise', 'WithdrawSignal', 'SignalWithdraw')


def bucket(root):
    if 'attendance_registration_write' not in root:
        if 'CommitTransactionCommand' in root:
            return 'outside the trigger: commit'
        if 'CopyFrom' in root or 'DoCopy' in root:
            return 'outside the trigger: the COPY itself (heap, indexes, FK checks)'
        if 'PortalRun' in root:
            return 'outside the trigger: the INSERT itself (executor, indexes, FK checks)'
        return 'outside the trigger: protocol, parse, bind'
    # The trigger's own static functions may be inlined into it: take the
    # first frame below it that names a part.
    i = root.index('attendance_registration_write')
    below = [f.split('.')[0] for f in root[i + 1:]]
    for k, f in enumerate(below):
        if f == 'WriteHistory':
            return 'history: one saved INSERT ... SELECT to_jsonb(t) FROM unnest($1)'
        if f == 'ReadTransition':
            return 'statement: reading the transition tables (in C)'
        if f == 'EvalBegin':
            return 'evaluation: EvalBegin (configuration cache check, reread after a change)'
        if f in ('EvalEnd', 'SignalFlush'):
            return 'evaluation: raising and withdrawing signals'
        if f == 'LockPupil' or (f in ('LoadPupilRecord', 'LoadPupilRecords') and 'LockPupil' in below):
            return 'pupil lock (UPDATE pupil SET write_seq RETURNING birth_date)'
        if f in ('LoadPupilRecord', 'LoadPupilRecords'):
            return 'pupil record queries (registrations, enrolments, exemptions, timetables)'
        if f == 'EvalLoad':
            return 'evaluation: LoadPupil queries (DUO reports, open signals)'
        if f in CALENDAR:
            return 'validation: school calendar load'
        if f in VALIDATION_QUERIES:
            return 'validation: queries (neighbouring registrations, enrolment)'
        if f == 'EvaluatePupil':
            n3 = below[k + 1] if k + 1 < len(below) else 'self'
            if n3 in ('ExecPlan', 'LoadPeriods', 'SPI_execute_plan'):
                return 'evaluation: LoadPupil queries (DUO reports, open signals)'
            if n3 in CALENDAR:
                return 'evaluation: school calendar load (again: validation loaded it too)'
            if n3 in SIGNALS:
                return 'evaluation: raising and withdrawing signals'
            if n3 == 'GetSchool':
                return 'evaluation: school and its criteria (GetSchool)'
            return 'evaluation: computation in C (days, windows, runs)'
    if below and below[0] in ('SPI_connect', 'SPI_finish'):
        return 'trigger: other (SPI_connect, SPI_finish, ...)'
    return 'validation: computation in C'


def main():
    counts = collections.Counter()
    total = 0
    for st in stacks(sys.argv[1]):
        counts[bucket(list(reversed(st)))] += 1
        total += 1
    if total == 0:
        print('      (no samples)')
        return
    trigger = sum(v for k, v in counts.items() if not k.startswith('outside'))
    print(f'      {100.0 * trigger / total:5.1f}%  in the trigger (attendance_registration_write), of {total} samples:')
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        if 100.0 * v / total >= 0.2:
            print(f'      {100.0 * v / total:5.1f}%    {k}')


if __name__ == '__main__':
    main()
