// The declarations of libpq the tests use (a system header, as Debian installs it).
#pragma once
extern "C" {
struct pg_conn;
typedef struct pg_conn PGconn;
struct pg_result;
typedef struct pg_result PGresult;
PGresult *PQexec(PGconn *conn, const char *query);
int PQsendQuery(PGconn *conn, const char *query);
}
