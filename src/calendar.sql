
-- src/calendar.sql: the school calendar (DOMAIN 2; src/calendar.c): today,
-- Easter and the Dutch public holidays, werkdagen, schooldagen, lesson hours,
-- school years and due dates.

CREATE FUNCTION @extschema@.today() RETURNS date
    AS 'MODULE_PATHNAME', 'attendance_today_sql'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.today() IS
    'Today: the date in attendance.today (the test clock) when set, else the date in Europe/Amsterdam at the start of the transaction.';

CREATE FUNCTION @extschema@.easter(year integer) RETURNS date
    AS 'MODULE_PATHNAME', 'attendance_easter'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.easter(integer) IS
    'Easter Sunday of a year (1583-9999) by the Gregorian computus.';

CREATE FUNCTION @extschema@.public_holidays(year integer)
    RETURNS TABLE (day date, name text)
    AS 'MODULE_PATHNAME', 'attendance_public_holidays'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.public_holidays(integer) IS
    'The Dutch public holidays of a year with their Dutch names, in date order (DOMAIN 2). Liberation Day follows attendance.liberation_day.';

CREATE FUNCTION @extschema@.is_public_holiday(day date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'attendance_is_public_holiday'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_public_holiday(date) IS
    'Whether a date is a Dutch public holiday (DOMAIN 2). Liberation Day follows attendance.liberation_day.';

CREATE FUNCTION @extschema@.is_werkdag(day date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'attendance_is_werkdag'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_werkdag(date) IS
    'Whether a date is a werkdag: Monday to Friday and not a public holiday (DOMAIN 2).';

CREATE FUNCTION @extschema@.is_schooldag(school bigint, day date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'attendance_is_schooldag'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_schooldag(bigint, date) IS
    'Whether a date is a schooldag of the school: a werkdag outside the school holidays of its region and of the school (DOMAIN 2). Fails for a school year not marked loaded.';

CREATE FUNCTION @extschema@.lesson_hours(school bigint, day date) RETURNS numeric
    AS 'MODULE_PATHNAME', 'attendance_lesson_hours'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lesson_hours(bigint, date) IS
    'Lesson hours of the school on a date: the school_day override, else the school''s lesson_hours_per_day, else its sector''s default; 0 when the date is no schooldag.';

CREATE FUNCTION @extschema@.schooldays(school bigint, from_date date, to_date date)
    RETURNS TABLE (day date, lesson_hours numeric)
    AS 'MODULE_PATHNAME', 'attendance_schooldays'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.schooldays(bigint, date, date) IS
    'Each schooldag of the school from from_date to to_date (inclusive) with its lesson hours.';

CREATE FUNCTION @extschema@.schoolweeks(school bigint, from_date date, to_date date)
    RETURNS SETOF date
    AS 'MODULE_PATHNAME', 'attendance_schoolweeks'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.schoolweeks(bigint, date, date) IS
    'The Monday of each Monday-Sunday week (schoolweek, lesweek) that holds a schooldag of the school between from_date and to_date (inclusive).';

CREATE FUNCTION @extschema@.school_year(day date) RETURNS daterange
    AS 'MODULE_PATHNAME', 'attendance_school_year'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.school_year(date) IS
    'The school year holding a date: [1 August, next 1 August).';

CREATE FUNCTION @extschema@.due_date(school bigint, from_date date, length @extschema@.term) RETURNS date
    AS 'MODULE_PATHNAME', 'attendance_due_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.due_date(bigint, date, @extschema@.term) IS
    'Due date of a term counted from from_date (day 0; counting starts the next day, or the day before for a negative term) in the school''s calendar: dagen, weken and maanden are calendar arithmetic (month ends clamped), werkdagen and schooldagen count only such days, lesweken count weeks that hold a schooldag (doc/calendar.md).';

CREATE FUNCTION @extschema@.due_date(from_date date, length @extschema@.term) RETURNS date
    AS 'MODULE_PATHNAME', 'attendance_due_date_no_school'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.due_date(date, @extschema@.term) IS
    'Due date of a term in a unit that needs no school (dagen, weken, maanden, werkdagen) counted from from_date (day 0); schooldagen and lesweken are refused.';
