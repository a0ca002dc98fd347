/* notify: desktop notifications through libnotify, never waiting unbounded. */
#include "recov/notify.h"

#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <libnotify/notify.h>

#include "recov/error.h"

#define SERVER_NAME "org.freedesktop.Notifications"
#define SERVER_PATH "/org/freedesktop/Notifications"

/* How the wait on the server is bounded: libnotify has no timeout knob, and
 * its calls wait for the D-Bus default of about 25 s on a server that has
 * stopped answering. So before each show we ask the server for its
 * capabilities over the same session connection with our own timeout
 * (notify_timeout): an absent or frozen server is found out within that
 * bound, the reminder stays pending and is retried later. Only a server
 * freezing in the instant between that answer and the Notify call can
 * still hold one show for libnotify's 25 s; it then fails, is retried, and
 * nothing is lost. Talking to the server through our own proxy instead
 * would bound that too, but would leave libnotify's action and
 * server-restart handling to be rewritten here. */

struct recov_notifier {
    GDBusConnection *bus;
    int timeout_ms;
    int actions;                /* the server offers action buttons */
    recov_notify_action_fn on_action;
    void *action_ctx;
    void (*on_server)(void *ctx);
    void *server_ctx;
    guint watch;
    GList *shown;               /* notices kept alive for their action signals */
};

struct action_data {
    struct recov_notifier *n;
    int64_t id;
};

int recov_notify_open(int timeout_s, struct recov_notifier **out)
{
    GError *err = NULL;
    *out = NULL;
    GDBusConnection *bus = g_bus_get_sync(G_BUS_TYPE_SESSION, NULL, &err);
    if (!bus) {
        recov_error_set("no session bus (%s): reminders stay pending",
                        err ? err->message : "unknown error");
        g_clear_error(&err);
        return RECOV_ENOBUS;
    }
    /* A daemon must outlive a bus hiccup rather than be killed by GLib. */
    g_dbus_connection_set_exit_on_close(bus, FALSE);
    struct recov_notifier *n = g_new0(struct recov_notifier, 1);
    n->bus = bus;
    n->timeout_ms = timeout_s * 1000;
    if (!notify_is_initted())
        notify_init("recov");
    *out = n;
    return RECOV_OK;
}

static void forget(gpointer data)
{
    g_object_unref(data);
}

void recov_notify_close(struct recov_notifier *n)
{
    if (!n)
        return;
    if (n->watch)
        g_bus_unwatch_name(n->watch);
    g_list_free_full(n->shown, forget);
    g_object_unref(n->bus);
    g_free(n);
    if (notify_is_initted())
        notify_uninit();
}

/* Maps a failed call to our status with a one-line message. */
static int call_failed(const struct recov_notifier *n, GError *err, const char *what)
{
    int absent = g_error_matches(err, G_IO_ERROR, G_IO_ERROR_TIMED_OUT) ||
                 g_error_matches(err, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
                 g_error_matches(err, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER) ||
                 g_error_matches(err, G_DBUS_ERROR, G_DBUS_ERROR_NO_REPLY) ||
                 g_error_matches(err, G_IO_ERROR, G_IO_ERROR_CLOSED);
    if (g_error_matches(err, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
        recov_error_set("notification server did not answer within %d s: reminders stay "
                        "pending",
                        n->timeout_ms / 1000);
    else if (absent)
        recov_error_set("no notification server on the session bus: reminders stay pending");
    else
        recov_error_set("notification server refused %s: %s", what, err->message);
    g_error_free(err);
    return absent ? RECOV_ENOBUS : RECOV_EIO;
}

int recov_notify_check(struct recov_notifier *n)
{
    GError *err = NULL;
    GVariant *caps = g_dbus_connection_call_sync(
        n->bus, SERVER_NAME, SERVER_PATH, SERVER_NAME, "GetCapabilities", NULL,
        G_VARIANT_TYPE("(as)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, n->timeout_ms, NULL, &err);
    if (!caps)
        return call_failed(n, err, "the capabilities query");
    GVariantIter *iter;
    const char *cap;
    n->actions = 0;
    g_variant_get(caps, "(as)", &iter);
    while (g_variant_iter_next(iter, "&s", &cap))
        n->actions |= !strcmp(cap, "actions");
    g_variant_iter_free(iter);
    g_variant_unref(caps);
    return RECOV_OK;
}

static void action_invoked(NotifyNotification *nn, char *action, gpointer data)
{
    const struct action_data *a = data;
    (void)nn;
    if (a->n->on_action)
        a->n->on_action(a->id, action, a->n->action_ctx);
}

static void closed(NotifyNotification *nn, gpointer data)
{
    struct recov_notifier *n = data;
    GList *link = g_list_find(n->shown, nn);
    if (link) {
        n->shown = g_list_delete_link(n->shown, link);
        g_object_unref(nn);
    }
}

static void add_actions(struct recov_notifier *n, NotifyNotification *nn, int64_t id)
{
    struct action_data *a = g_new(struct action_data, 1);
    a->n = n;
    a->id = id;
    notify_notification_add_action(nn, "snooze", "Snooze", action_invoked, a, g_free);
    struct action_data *b = g_memdup2(a, sizeof *a);
    notify_notification_add_action(nn, "done", "Done", action_invoked, b, g_free);
    g_signal_connect(nn, "closed", G_CALLBACK(closed), n);
}

static const NotifyUrgency urgencies[] = {NOTIFY_URGENCY_LOW, NOTIFY_URGENCY_NORMAL,
                                          NOTIFY_URGENCY_CRITICAL};

int recov_notify_show(struct recov_notifier *n, const struct recov_notice *notice)
{
    int rc = recov_notify_check(n);
    if (rc)
        return rc;
    NotifyNotification *nn = notify_notification_new(notice->summary, notice->body, notice->icon);
    notify_notification_set_app_name(nn, "recov");
    notify_notification_set_urgency(nn, urgencies[notice->urgency]);
    notify_notification_set_timeout(nn, notice->expire_ms);
    int keep = notice->actions && n->actions && n->on_action;
    if (keep)
        add_actions(n, nn, notice->id);
    GError *err = NULL;
    if (!notify_notification_show(nn, &err)) {
        g_object_unref(nn);
        return call_failed(n, err, "the notification");
    }
    if (keep)
        n->shown = g_list_prepend(n->shown, nn);
    else
        g_object_unref(nn);
    return RECOV_OK;
}

void recov_notify_on_action(struct recov_notifier *n, recov_notify_action_fn fn, void *ctx)
{
    n->on_action = fn;
    n->action_ctx = ctx;
}

static void appeared(GDBusConnection *bus, const char *name, const char *owner, gpointer data)
{
    struct recov_notifier *n = data;
    (void)bus, (void)name, (void)owner;
    if (n->on_server)
        n->on_server(n->server_ctx);
}

void recov_notify_on_server(struct recov_notifier *n, void (*fn)(void *ctx), void *ctx)
{
    n->on_server = fn;
    n->server_ctx = ctx;
    if (!n->watch)
        n->watch = g_bus_watch_name_on_connection(n->bus, SERVER_NAME,
                                                  G_BUS_NAME_WATCHER_FLAGS_NONE, appeared,
                                                  NULL, n, NULL);
}
