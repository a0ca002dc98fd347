/* notify: showing one desktop notification (the only user of libnotify). */
#ifndef RECOV_NOTIFY_H
#define RECOV_NOTIFY_H

#include <stdint.h>

enum recov_urgency { RECOV_URGENCY_LOW, RECOV_URGENCY_NORMAL, RECOV_URGENCY_CRITICAL };

/* Freedesktop expire_timeout values (milliseconds otherwise). */
#define RECOV_NOTIFY_EXPIRE_DEFAULT (-1)
#define RECOV_NOTIFY_EXPIRE_NEVER 0

struct recov_notice {
    int64_t id;                 /* the reminder, handed back to the action callback */
    const char *summary, *body;
    const char *icon;           /* a freedesktop icon theme name */
    enum recov_urgency urgency;
    int expire_ms;
    int actions;                /* offer Snooze / Done when the server can */
};

/* Called from the main loop when the user picks an action ("snooze" or
 * "done") on a notice shown with actions. */
typedef void (*recov_notify_action_fn)(int64_t id, const char *action, void *ctx);

struct recov_notifier;

/* Connects to the session bus. No bus: RECOV_ENOBUS with a message. Every
 * wait on the notification server is bounded by timeout_s seconds. */
int recov_notify_open(int timeout_s, struct recov_notifier **out);
void recov_notify_close(struct recov_notifier *n);
/* Asks the server for its capabilities, waiting at most the timeout.
 * Returns 0, or RECOV_ENOBUS when it is absent or does not answer. */
int recov_notify_check(struct recov_notifier *n);
/* Shows a notice. Returns 0 once the server accepted it, RECOV_ENOBUS when
 * the server is absent or frozen, RECOV_EIO when it refused. */
int recov_notify_show(struct recov_notifier *n, const struct recov_notice *notice);
/* Where action choices go (daemon only: they arrive through the main loop). */
void recov_notify_on_action(struct recov_notifier *n, recov_notify_action_fn fn, void *ctx);
/* Calls fn from the main loop whenever a notification server appears on
 * the bus (at start when one is there, and after it restarts). */
void recov_notify_on_server(struct recov_notifier *n, void (*fn)(void *ctx), void *ctx);

#endif
