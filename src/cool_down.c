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

/* The config keeps the names one space apart: the last space becomes " or ". */
void recov_cool_down_names(const struct recov_config *cfg, char *buf, size_t n)
{
    const char *list = cfg->remind.cooldown_actions, *last = strrchr(list, ' ');
    size_t at = 0;
    if (n)
        *buf = '\0';
    for (const char *p = list; *p && at < n; p++) {
        if (*p == ' ')
            at += (size_t)snprintf(buf + at, n - at, "%s", p == last ? " or " : ", ");
        else
            at += (size_t)snprintf(buf + at, n - at, "%c", *p);
    }
}
