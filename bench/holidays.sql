-- bench/holidays.sql: invented school holidays for 2025-2026 ("fictief") in
-- the three holiday regions; the extension ships none.  Included (\ir) by
-- the benchmarks' regions: bench/region.sql and bench/generate_region.sql.
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('noord',  'zomervakantie 2025 (fictief)', '2025-07-12', '2025-08-24'),
    ('midden', 'zomervakantie 2025 (fictief)', '2025-07-19', '2025-08-31'),
    ('zuid',   'zomervakantie 2025 (fictief)', '2025-07-05', '2025-08-17'),
    ('noord',  'herfstvakantie (fictief)', '2025-10-11', '2025-10-19'),
    ('midden', 'herfstvakantie (fictief)', '2025-10-18', '2025-10-26'),
    ('zuid',   'herfstvakantie (fictief)', '2025-10-11', '2025-10-19'),
    ('noord',  'kerstvakantie (fictief)', '2025-12-20', '2026-01-04'),
    ('midden', 'kerstvakantie (fictief)', '2025-12-20', '2026-01-04'),
    ('zuid',   'kerstvakantie (fictief)', '2025-12-20', '2026-01-04'),
    ('noord',  'voorjaarsvakantie (fictief)', '2026-02-14', '2026-02-22'),
    ('midden', 'voorjaarsvakantie (fictief)', '2026-02-21', '2026-03-01'),
    ('zuid',   'voorjaarsvakantie (fictief)', '2026-02-14', '2026-02-22'),
    ('noord',  'meivakantie (fictief)', '2026-04-25', '2026-05-03'),
    ('midden', 'meivakantie (fictief)', '2026-04-25', '2026-05-03'),
    ('zuid',   'meivakantie (fictief)', '2026-04-25', '2026-05-03'),
    ('noord',  'zomervakantie 2026 (fictief)', '2026-07-04', '2026-07-31'),
    ('midden', 'zomervakantie 2026 (fictief)', '2026-07-18', '2026-07-31'),
    ('zuid',   'zomervakantie 2026 (fictief)', '2026-07-11', '2026-07-31');
