#include "postgres.h"
#include "attendance.h"
void calendar_define_gucs(void) {}
