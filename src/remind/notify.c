/* notify: desktop notifications over D-Bus, every wait bounded. */
#include "recov/notify.h"

#include <stdio.h>
#include <string.h>

#include <gio/gio.h>

#include "recov/error.h"

#define SERVER_NAME "org.freedesktop.Notifications"
#define SERVER_PATH "/org/freedesktop/Notifications"
#define SAVER_NAME "org.freedesktop.ScreenSaver"
#define SAVER_PATH "/org/freedesktop/ScreenSaver"

/* The notification protocol is spoken directly with
 * g_dbus_connection_call, not through libnotify. libnotify waits for the
 * D-Bus default of about 25 s on a server that takes Notify and never
 * answers (it has no timeout knob); it cannot replace or close a notice by
 * an id stored in the database by another process; and it keeps a bus
 * connection of its own that cannot be re-opened after the bus restarts.
 * What it did besides (the action signals) is two signal subscriptions. */

struct recov_notifier {
    GDBusConnection *bus;
    int timeout_ms;
    int actions;                /* the server offers action buttons */
    int lost;                   /* the bus closed the connection */
    recov_notify_action_fn on_action;
    void *action_ctx;
    void (*on_server)(void *ctx);
    void *server_ctx;
    void (*on_present)(void *ctx);
    void *present_ctx;
    void (*on_lost)(void *ctx);
    void *lost_ctx;
    guint watch, sub_action, sub_closed, sub_active;
    gulong closed_handler;
    GHashTable *shown;          /* server id -> reminder id, for actions */
};

static void connection_closed(GDBusConnection *bus, gboolean remote, GError *err, gpointer data)
{
    struct recov_notifier *n = data;
    (void)bus, (void)remote, (void)err;
    n->lost = 1;
    if (n->on_lost)
        n->on_lost(n->lost_ctx);
}

/* A private connection, not GLib's shared one: once the bus is gone the
 * shared one stays closed for the life of the process. */
static GDBusConnection *connect_session(GError **err)
{
    char *address = g_dbus_address_get_for_bus_sync(G_BUS_TYPE_SESSION, NULL, err);
    if (!address)
        return NULL;
    GDBusConnection *bus = g_dbus_connection_new_for_address_sync(
        address,
        G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
            G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
        NULL, NULL, err);
    g_free(address);
    return bus;
}

int recov_notify_open(int timeout_s, struct recov_notifier **out)
{
    GError *err = NULL;
    *out = NULL;
    GDBusConnection *bus = connect_session(&err);
    if (!bus) {
        recov_error_set("no session bus (%s): reminders stay pending",
                        err ? err->message : "unknown error");
        g_clear_error(&err);
        return RECOV_ENOBUS;
    }
    /* A daemon must outlive a bus restart rather than be killed by GLib. */
    g_dbus_connection_set_exit_on_close(bus, FALSE);
    struct recov_notifier *n = g_new0(struct recov_notifier, 1);
    n->bus = bus;
    n->timeout_ms = timeout_s * 1000;
    n->shown = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
    n->closed_handler = g_signal_connect(bus, "closed", G_CALLBACK(connection_closed), n);
    *out = n;
    return RECOV_OK;
}

void recov_notify_close(struct recov_notifier *n)
{
    if (!n)
        return;
    if (n->watch)
        g_bus_unwatch_name(n->watch);
    guint subs[] = {n->sub_action, n->sub_closed, n->sub_active};
    for (size_t i = 0; i < sizeof subs / sizeof *subs; i++)
        if (subs[i])
            g_dbus_connection_signal_unsubscribe(n->bus, subs[i]);
    g_signal_handler_disconnect(n->bus, n->closed_handler);
    if (!n->lost)
        g_dbus_connection_close_sync(n->bus, NULL, NULL);
    g_object_unref(n->bus);
    g_hash_table_destroy(n->shown);
    g_free(n);
}

int recov_notify_alive(const struct recov_notifier *n)
{
    return n && !n->lost && !g_dbus_connection_is_closed(n->bus);
}

void recov_notify_on_lost(struct recov_notifier *n, void (*fn)(void *ctx), void *ctx)
{
    n->on_lost = fn;
    n->lost_ctx = ctx;
}

static int is_absent(const GError *err)
{
    return g_error_matches(err, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
           g_error_matches(err, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER) ||
           g_error_matches(err, G_DBUS_ERROR, G_DBUS_ERROR_DISCONNECTED) ||
           g_error_matches(err, G_IO_ERROR, G_IO_ERROR_CLOSED);
}

static int timed_out(const GError *err)
{
    return g_error_matches(err, G_IO_ERROR, G_IO_ERROR_TIMED_OUT) ||
           g_error_matches(err, G_DBUS_ERROR, G_DBUS_ERROR_NO_REPLY) ||
           g_error_matches(err, G_DBUS_ERROR, G_DBUS_ERROR_TIMEOUT);
}

/* Maps a failed call to our status with a one-line message. */
static int call_failed(const struct recov_notifier *n, GError *err, const char *what)
{
    int rc = RECOV_ENOBUS;
    if (timed_out(err))
        recov_error_set("notification server did not answer within %d s: reminders stay "
                        "pending",
                        n->timeout_ms / 1000);
    else if (is_absent(err))
        recov_error_set("no notification server on the session bus: reminders stay pending");
    else {
        recov_error_set("notification server refused %s: %s", what, err->message);
        rc = RECOV_EIO;
    }
    g_error_free(err);
    return rc;
}

static GVariant *call(struct recov_notifier *n, const char *dest, const char *path,
                      const char *iface, const char *method, GVariant *args,
                      const char *reply, GError **err)
{
    return g_dbus_connection_call_sync(n->bus, dest, path, iface, method, args,
                                       G_VARIANT_TYPE(reply), G_DBUS_CALL_FLAGS_NO_AUTO_START,
                                       n->timeout_ms, NULL, err);
}

int recov_notify_check(struct recov_notifier *n)
{
    GError *err = NULL;
    GVariant *caps = call(n, SERVER_NAME, SERVER_PATH, SERVER_NAME, "GetCapabilities", NULL,
                          "(as)", &err);
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

static GVariant *notify_args(const struct recov_notice *notice, int actions, const char *body)
{
    GVariantBuilder acts, hints;
    g_variant_builder_init(&acts, G_VARIANT_TYPE("as"));
    if (actions && notice->open_action) {
        g_variant_builder_add(&acts, "s", notice->open_action);
        g_variant_builder_add(&acts, "s", notice->open_label);
    }
    if (actions) {
        static const char *const pairs[] = {"snooze", "Snooze", "done", "Done"};
        for (size_t i = 0; i < 4; i++)
            g_variant_builder_add(&acts, "s", pairs[i]);
    }
    g_variant_builder_init(&hints, G_VARIANT_TYPE("a{sv}"));
    g_variant_builder_add(&hints, "{sv}", "urgency", g_variant_new_byte((guchar)notice->urgency));
    g_variant_builder_add(&hints, "{sv}", "desktop-entry", g_variant_new_string(RECOV_NOTIFY_APP));
    if (notice->category)
        g_variant_builder_add(&hints, "{sv}", "category", g_variant_new_string(notice->category));
    if (notice->image)
        g_variant_builder_add(&hints, "{sv}", "image-path", g_variant_new_string(notice->image));
    return g_variant_new("(susssasa{sv}i)", RECOV_NOTIFY_APP, notice->replaces_id,
                         notice->icon ? notice->icon : "", notice->summary, body, &acts,
                         &hints, notice->expire_ms);
}

int recov_notify_show(struct recov_notifier *n, const struct recov_notice *notice,
                      uint32_t *server_id)
{
    *server_id = 0;
    int actions = notice->actions && n->actions && n->on_action;
    GError *err = NULL;
    /* Without buttons the body says what the button would have done. */
    char *body = !actions && notice->no_actions_note
                     ? g_strdup_printf("%s\n%s", notice->body, notice->no_actions_note)
                     : g_strdup(notice->body);
    GVariant *reply = call(n, SERVER_NAME, SERVER_PATH, SERVER_NAME, "Notify",
                           notify_args(notice, actions, body), "(u)", &err);
    g_free(body);
    if (!reply) {
        /* Sent, and no answer: the server may have shown it. Saying it was
         * not would show it again on every run. */
        if (timed_out(err)) {
            call_failed(n, err, "the notification");
            return RECOV_NOTIFY_UNANSWERED;
        }
        return call_failed(n, err, "the notification");
    }
    g_variant_get(reply, "(u)", server_id);
    g_variant_unref(reply);
    if (actions) {
        int64_t *id = g_new(int64_t, 1);
        *id = notice->id;
        g_hash_table_insert(n->shown, GUINT_TO_POINTER(*server_id), id);
    }
    return RECOV_OK;
}

int recov_notify_withdraw(struct recov_notifier *n, uint32_t server_id)
{
    GError *err = NULL;
    GVariant *reply = call(n, SERVER_NAME, SERVER_PATH, SERVER_NAME, "CloseNotification",
                           g_variant_new("(u)", server_id), "()", &err);
    g_hash_table_remove(n->shown, GUINT_TO_POINTER(server_id));
    if (reply) {
        g_variant_unref(reply);
        return RECOV_OK;
    }
    /* The specification answers an unknown id with an error: gone already. */
    if (!timed_out(err) && !is_absent(err)) {
        g_error_free(err);
        return RECOV_OK;
    }
    return call_failed(n, err, "closing a notification");
}

/* One ScreenSaver query; 0 when the desktop does not offer it. */
static int saver_query(struct recov_notifier *n, const char *method, const char *type,
                       guint32 *value)
{
    GError *err = NULL;
    GVariant *reply = call(n, SAVER_NAME, SAVER_PATH, SAVER_NAME, method, NULL, type, &err);
    if (!reply) {
        g_error_free(err);
        return 0;
    }
    if (!strcmp(type, "(b)")) {
        gboolean b;
        g_variant_get(reply, "(b)", &b);
        *value = b;
    } else {
        g_variant_get(reply, "(u)", value);
    }
    g_variant_unref(reply);
    return 1;
}

enum recov_presence recov_notify_presence(struct recov_notifier *n, int idle_after_s)
{
    guint32 v;
    if (saver_query(n, "GetActive", "(b)", &v) && v)
        return RECOV_AWAY_LOCKED;
    if (idle_after_s > 0 && saver_query(n, "GetSessionIdleTime", "(u)", &v) &&
        v >= (guint32)idle_after_s)
        return RECOV_AWAY_IDLE;
    return RECOV_PRESENT;
}

static void action_invoked(GDBusConnection *bus, const char *sender, const char *path,
                           const char *iface, const char *signal, GVariant *params, gpointer data)
{
    struct recov_notifier *n = data;
    guint32 server_id;
    const char *action;
    (void)bus, (void)sender, (void)path, (void)iface, (void)signal;
    g_variant_get(params, "(u&s)", &server_id, &action);
    const int64_t *id = g_hash_table_lookup(n->shown, GUINT_TO_POINTER(server_id));
    if (id && n->on_action)
        n->on_action(*id, action, n->action_ctx);
}

static void notice_closed(GDBusConnection *bus, const char *sender, const char *path,
                          const char *iface, const char *signal, GVariant *params, gpointer data)
{
    struct recov_notifier *n = data;
    guint32 server_id, reason;
    (void)bus, (void)sender, (void)path, (void)iface, (void)signal;
    g_variant_get(params, "(uu)", &server_id, &reason);
    g_hash_table_remove(n->shown, GUINT_TO_POINTER(server_id));
}

static guint subscribe(struct recov_notifier *n, const char *iface, const char *signal,
                       GDBusSignalCallback fn)
{
    return g_dbus_connection_signal_subscribe(n->bus, NULL, iface, signal, NULL, NULL,
                                              G_DBUS_SIGNAL_FLAGS_NONE, fn, n, NULL);
}

void recov_notify_on_action(struct recov_notifier *n, recov_notify_action_fn fn, void *ctx)
{
    n->on_action = fn;
    n->action_ctx = ctx;
    if (!n->sub_action) {
        n->sub_action = subscribe(n, SERVER_NAME, "ActionInvoked", action_invoked);
        n->sub_closed = subscribe(n, SERVER_NAME, "NotificationClosed", notice_closed);
    }
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
    /* A new owner (another server taking the name over) calls appeared
     * again: GLib reports each owner change. */
    if (!n->watch)
        n->watch = g_bus_watch_name_on_connection(n->bus, SERVER_NAME,
                                                  G_BUS_NAME_WATCHER_FLAGS_NONE, appeared,
                                                  NULL, n, NULL);
}

static void active_changed(GDBusConnection *bus, const char *sender, const char *path,
                           const char *iface, const char *signal, GVariant *params, gpointer data)
{
    struct recov_notifier *n = data;
    gboolean active;
    (void)bus, (void)sender, (void)path, (void)iface, (void)signal;
    if (!g_variant_is_of_type(params, G_VARIANT_TYPE("(b)")))
        return;
    g_variant_get(params, "(b)", &active);
    if (!active && n->on_present)
        n->on_present(n->present_ctx);
}

void recov_notify_on_present(struct recov_notifier *n, void (*fn)(void *ctx), void *ctx)
{
    n->on_present = fn;
    n->present_ctx = ctx;
    if (!n->sub_active)
        n->sub_active = subscribe(n, SAVER_NAME, "ActiveChanged", active_changed);
}
