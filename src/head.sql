-- attendance--1.1.sql: install script of the attendance extension, the current
-- version (attendance.control).  Assembled by the Makefile from src/*.sql; edit
-- those files, not this one.  Version 1.0 is frozen in attendance--1.0.sql.
-- This part creates no objects: each object's COMMENT ON stands beside its CREATE.

\echo Use "CREATE EXTENSION attendance" to load this file. \quit
