/* signals: a command that must finish what it is doing when asked to stop. */
#include "recov/signals.h"

#include <signal.h>
#include <string.h>

void recov_on_signals(void (*handler)(int), const int *signals, size_t n)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < n; i++)
        sigaction(signals[i], &sa, NULL);
}
