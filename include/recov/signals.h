/* signals: a command that must finish what it is doing when asked to stop. */
#ifndef RECOV_SIGNALS_H
#define RECOV_SIGNALS_H

#include <stddef.h>

/* Calls handler on each of the n signals instead of dying, without
 * SA_RESTART: a blocking read or wait returns EINTR, so the command sees
 * the request at once and stops where nothing is left half-done. */
void recov_on_signals(void (*handler)(int), const int *signals, size_t n);

#endif
