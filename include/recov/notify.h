/* notify: desktop notifications and the session's presence, over D-Bus. */
#ifndef RECOV_NOTIFY_H
#define RECOV_NOTIFY_H

#include <stdint.h>

enum recov_urgency { RECOV_URGENCY_LOW, RECOV_URGENCY_NORMAL, RECOV_URGENCY_CRITICAL };

/* Freedesktop expire_timeout values (milliseconds otherwise). */
#define RECOV_NOTIFY_EXPIRE_DEFAULT (-1)
#define RECOV_NOTIFY_EXPIRE_NEVER 0
/* The desktop entry (recov.desktop) and icon name every notice carries. */
#define RECOV_NOTIFY_APP "recov"
/* recov_notify_show: the server took the call but did not answer in time;
 * the notice may be on screen (not an error: it must not be sent again). */
#define RECOV_NOTIFY_UNANSWERED 1

struct recov_notice {
    int64_t id;                 /* the reminder, handed back to the action callback */
    const char *summary, *body;
    const char *icon;           /* the app icon (a freedesktop icon theme name) */
    const char *image;          /* what it is about (an icon name), or NULL */
    const char *category;       /* the category hint, or NULL */
    enum recov_urgency urgency;
    int expire_ms;
    int actions;                /* offer Snooze / Done when the server can */
    const char *open_action;    /* an action offered before them ("checkin"), or NULL */
    const char *open_label;     /* its button ("Check in now") */
    const char *no_actions_note; /* what the body adds, on a line of its own, when
                                    no button can be offered, or NULL */
    uint32_t replaces_id;       /* the notice it takes the place of; 0: none */
};

/* Called from the main loop when the user picks an action ("snooze",
 * "done", or the notice's open_action) on a notice shown with actions. */
typedef void (*recov_notify_action_fn)(int64_t id, const char *action, void *ctx);

/* Whether someone is at the screen (recov_notify_presence). */
enum recov_presence { RECOV_PRESENT, RECOV_AWAY_LOCKED, RECOV_AWAY_IDLE };

struct recov_notifier;

/* Opens a connection of its own to the session bus (so that after the bus
 * restarts a new one can be opened). No bus: RECOV_ENOBUS with a message.
 * Every wait on the bus is bounded by timeout_s seconds. */
int recov_notify_open(int timeout_s, struct recov_notifier **out);
void recov_notify_close(struct recov_notifier *n);
/* 0 once the bus has closed the connection (open a new notifier). */
int recov_notify_alive(const struct recov_notifier *n);
/* Calls fn from the main loop when the bus closes the connection. */
void recov_notify_on_lost(struct recov_notifier *n, void (*fn)(void *ctx), void *ctx);
/* Asks the server for its capabilities, waiting at most the timeout.
 * Returns 0, or RECOV_ENOBUS when it is absent or does not answer. */
int recov_notify_check(struct recov_notifier *n);
/* Shows a notice; *server_id is the server's id for it. Returns 0 once the
 * server answered, RECOV_NOTIFY_UNANSWERED when it took the call and did
 * not answer within the timeout (maybe shown), RECOV_ENOBUS when the server
 * is absent or frozen, RECOV_EIO when it refused. */
int recov_notify_show(struct recov_notifier *n, const struct recov_notice *notice,
                      uint32_t *server_id);
/* Takes a notice off the screen (CloseNotification). A notice already gone
 * is not an error. Returns 0, RECOV_ENOBUS or RECOV_EIO. */
int recov_notify_withdraw(struct recov_notifier *n, uint32_t server_id);
/* Asks org.freedesktop.ScreenSaver whether the screen is locked and how
 * long the session has been idle (idle_after_s 0: not asked). A desktop
 * without these (or one that does not answer) counts as present. */
enum recov_presence recov_notify_presence(struct recov_notifier *n, int idle_after_s);
/* Where action choices go (daemon only: they arrive through the main loop). */
void recov_notify_on_action(struct recov_notifier *n, recov_notify_action_fn fn, void *ctx);
/* Calls fn from the main loop whenever a notification server appears on
 * the bus (at start when one is there, after it restarts, and when another
 * server takes the name over). */
void recov_notify_on_server(struct recov_notifier *n, void (*fn)(void *ctx), void *ctx);
/* Calls fn from the main loop when the screen saver reports the session
 * active again (ActiveChanged(false)). */
void recov_notify_on_present(struct recov_notifier *n, void (*fn)(void *ctx), void *ctx);

#endif
