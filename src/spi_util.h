/*-------------------------------------------------------------------------
 *
 * spi_util.h
 *	  Small SPI helpers shared by the extension's C files: saved plans,
 *	  checked execution, typed column access, dates as text for messages,
 *	  and the switch to the owner's rights after the caller's checks.
 *
 * src/spi_util.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ATTENDANCE_SPI_UTIL_H
#define ATTENDANCE_SPI_UTIL_H

#include "postgres.h"
#include "access/htup.h"
#include "access/tupdesc.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/date.h"

extern SPIPlanPtr SavedPlan(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes);
extern SPIPlanPtr SavedPlanOptions(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes,
								   int options);
extern void ExecPlan(SPIPlanPtr plan, Datum *values, const char *nulls, bool read_only, int expected);
extern int64 GetInt64(HeapTuple tup, TupleDesc desc, int col, bool *isnull);
extern int32 GetInt32(HeapTuple tup, TupleDesc desc, int col, bool *isnull);
extern DateADT GetDate(HeapTuple tup, TupleDesc desc, int col, bool *isnull);
extern float8 GetFloat8(HeapTuple tup, TupleDesc desc, int col, bool *isnull);
extern bool GetBool(HeapTuple tup, TupleDesc desc, int col);
extern const char *DateText(DateADT d);
extern int	CompareInt64(const void *a, const void *b);
extern int64 *DistinctIds(int64 *ids, int n, int *nout);
extern Datum Int64ArrayDatum(const int64 *ids, int n);

/*
 * Rows for a set-based statement, bound as one record[] parameter and read
 * back with
 *     ROWS FROM (pg_catalog.unnest($n) AS (col type, ...)) WITH ORDINALITY
 * (one function scan: a column each would cost a scan each, which is most
 * of a one-row statement).  RowsDesc builds and blesses the row type once
 * per backend.
 */
typedef struct ParamRows
{
	TupleDesc	desc;
	int			n;
	int			cap;
	Datum	   *rows;
} ParamRows;

extern TupleDesc RowsDesc(TupleDesc *cache, int ncols, const Oid *types);
extern void RowsInit(ParamRows *r, TupleDesc desc);
extern void RowsAdd(ParamRows *r, Datum *values, bool *nulls);
extern Datum RowsArray(const ParamRows *r);
extern void ExecSet(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes, Datum *values,
					int expected, int64 rows);
extern uint64 KeyRunEnd(uint64 from, int col, int64 key);

/* The user and security context to restore after OwnerRightsBegin. */
typedef struct SavedUser
{
	bool		switched;		/* false under 1.0's script: no owner rights */
	Oid			userid;
	int			sec_context;
} SavedUser;

extern bool UnderRowSecurity(const char *relation);
extern int	CallerCheck(const char *relation, SPIPlanPtr *plan, const char *sql,
						int64 pupil_id, int64 school_id);
extern void OwnerRightsBegin(FunctionCallInfo fcinfo, SavedUser *saved);
extern void OwnerRightsEnd(const SavedUser *saved);

#endif							/* ATTENDANCE_SPI_UTIL_H */
