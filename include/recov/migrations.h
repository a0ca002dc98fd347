/* migrations: the numbered schema files embedded at build time. */
#ifndef RECOV_MIGRATIONS_H
#define RECOV_MIGRATIONS_H

struct recov_migration {
    const char *name;
    const char *sql;
};

/* Migration i brings the schema from user_version i to i + 1. */
extern const struct recov_migration recov_migrations[];
extern const int recov_migration_count;

#endif
