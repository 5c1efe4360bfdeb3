-- attendance--1.0.sql: install script of the attendance extension, version 1.0.
-- Assembled by the Makefile from src/*.sql; edit those files, not this one.

\echo Use "CREATE EXTENSION attendance" to load this file. \quit
