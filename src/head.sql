-- attendance--1.0.sql: install script of the attendance extension, version 1.0.
-- Assembled by the Makefile from src/*.sql; edit those files, not this one.
-- This part creates no objects: each object's COMMENT ON stands beside its CREATE.

\echo Use "CREATE EXTENSION attendance" to load this file. \quit
