/* cool_down: which logged entries count as a cool-down after a session. */
#include "recov/cool_down.h"

#include <stdio.h>
#include <string.h>

#include "recov/vocab.h"

/* 1 when name is one of the space-separated words of list. */
static int listed(const char *list, const char *name)
{
    size_t len = strlen(name);
    for (const char *p = list; *p; p += strspn(p, " ")) {
        size_t word = strcspn(p, " ");
        if (word == len && !strncmp(p, name, len))
            return 1;
        p += word;
    }
    return 0;
}

int recov_cools_down(const struct recov_config *cfg, const struct recov_entry *e)
{
    if (e->kind == RECOV_KIND_RECOVERY)
        return e->action >= 0 && listed(cfg->remind.cooldown_actions,
                                        recov_action_names[e->action]);
    return e->kind == RECOV_KIND_WORKOUT && *e->type &&
           listed(cfg->remind.cooldown_actions, e->type);
}

int recov_wants_cool_down(const struct recov_config *cfg, const struct recov_entry *e)
{
    if (e->kind != RECOV_KIND_WORKOUT || e->rpe < RECOV_COOLDOWN_MIN_RPE)
        return 0;
    return !(recov_cools_down(cfg, e) && e->rpe <= RECOV_COOLDOWN_ITSELF_MAX_RPE);
}

time_t recov_cool_down_window_end(const struct recov_config *cfg, const struct recov_entry *w)
{
    return recov_entry_end(w) + (time_t)cfg->advice.cooldown_hours * 3600;
}

/* The config keeps the names one space apart: each space becomes sep, the
 * last one last_sep, between open and close. */
static void join(const char *list, const char *open, const char *sep, const char *last_sep,
                 const char *close, char *buf, size_t n)
{
    const char *last = strrchr(list, ' ');
    size_t at = (size_t)snprintf(buf, n, "%s", open);
    for (const char *p = list; *p && at < n; p++) {
        if (*p == ' ')
            at += (size_t)snprintf(buf + at, n - at, "%s", p == last ? last_sep : sep);
        else
            at += (size_t)snprintf(buf + at, n - at, "%c", *p);
    }
    if (at < n)
        snprintf(buf + at, n - at, "%s", close);
}

void recov_cool_down_names(const struct recov_config *cfg, char *buf, size_t n)
{
    if (!*cfg->remind.cooldown_actions)
        snprintf(buf, n, "none counts: [remind] cooldown_actions is empty");
    else
        join(cfg->remind.cooldown_actions, "", ", ", " or ", "", buf, n);
}

/* Plain words (the config allows letters, digits and '-'): no escaping. */
void recov_cool_down_json(const struct recov_config *cfg, char *buf, size_t n)
{
    if (!*cfg->remind.cooldown_actions)
        snprintf(buf, n, "[]");
    else
        join(cfg->remind.cooldown_actions, "[\"", "\",\"", "\",\"", "\"]", buf, n);
}
