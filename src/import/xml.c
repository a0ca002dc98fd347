/* import/xml: the few libxml2 walks GPX and TCX share (namespaces ignored). */
#include "xml.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libxml.h"
#include "recov/error.h"
#include "recov/when.h"

xmlDocPtr recov_xml_read(const char *buf, size_t len)
{
    if (len > (size_t)__INT_MAX__) {
        recov_error_set("malformed XML (too large)");
        return NULL;
    }
    const struct recov_libxml *x = recov_libxml();
    if (!x)
        return NULL;
    xmlParserCtxtPtr ctx = x->new_ctxt();
    if (!ctx) {
        recov_error_set("out of memory");
        return NULL;
    }
    /* Files come from anywhere: no network, no DTD loading, no entities. */
    xmlDocPtr doc = x->ctxt_read_memory(ctx, buf, (int)len, NULL, NULL,
                                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc || !ctx->wellFormed) {
        const xmlError *err = x->ctxt_last_error(ctx);
        char why[200] = "not well-formed";
        if (err && err->message) {
            snprintf(why, sizeof why, "line %d: %s", err->line, err->message);
            why[strcspn(why, "\n")] = '\0';
        }
        recov_error_set("malformed XML (%s)", why);
        x->free_doc(doc);
        doc = NULL;
    }
    x->free_ctxt(ctx);
    return doc;
}

int recov_xml_is(const xmlNode *node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && !strcmp((const char *)node->name, name);
}

xmlNode *recov_xml_child(const xmlNode *node, const char *name)
{
    for (xmlNode *c = node ? node->children : NULL; c; c = c->next)
        if (recov_xml_is(c, name))
            return c;
    return NULL;
}

xmlNode *recov_xml_find(const xmlNode *node, const char *name)
{
    for (xmlNode *c = node ? node->children : NULL; c; c = c->next) {
        if (recov_xml_is(c, name))
            return c;
        xmlNode *below = recov_xml_find(c, name);
        if (below)
            return below;
    }
    return NULL;
}

/* Trimmed of surrounding space into buf; frees t. */
static int trimmed(xmlChar *t, char *buf, size_t n)
{
    if (!t)
        return -1;
    const char *s = (const char *)t;
    while (isspace((unsigned char)*s))
        s++;
    snprintf(buf, n, "%s", s);
    size_t len = strlen(buf);
    while (len && isspace((unsigned char)buf[len - 1]))
        buf[--len] = '\0';
    recov_libxml()->free(t);
    return 0;
}

int recov_xml_text(const xmlNode *node, const char *name, char *buf, size_t n)
{
    xmlNode *c = recov_xml_child(node, name);
    if (!c || !n)
        return -1;
    return trimmed(recov_libxml()->content(c), buf, n);
}

int recov_xml_attr(const xmlNode *node, const char *name, char *buf, size_t n)
{
    if (!node || !n)
        return -1;
    return trimmed(recov_libxml()->prop(node, (const xmlChar *)name), buf, n);
}

int recov_xml_number(const xmlNode *node, const char *name, double *out)
{
    char text[64], *end;
    if (recov_xml_text(node, name, text, sizeof text) || !*text)
        return -1;
    double v = strtod(text, &end);
    if (*end || v != v)
        return -1;
    *out = v;
    return 0;
}

int recov_xml_time(const char *text, time_t *out)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s", text);
    /* recov's own parser takes whole seconds: drop ".250" before the zone. */
    char *dot = strchr(buf, '.');
    if (dot && dot > buf && isdigit((unsigned char)dot[-1])) {
        size_t digits = strspn(dot + 1, "0123456789");
        memmove(dot, dot + 1 + digits, strlen(dot + 1 + digits) + 1);
    }
    return recov_when_parse_iso(buf, out) ? -1 : 0;
}

int recov_xml_sessions(const char *buf, size_t len, const struct recov_xml_format *f,
                       const char *source_tag, struct recov_activities *out)
{
    xmlDocPtr doc = recov_xml_read(buf, len);
    if (!doc)
        return RECOV_EINPUT;
    xmlNode *root = recov_libxml()->root(doc);
    size_t before = out->n, count = 0;
    int rc = RECOV_OK;
    if (!recov_xml_is(root, f->root)) {
        recov_error_set("not %s (the root element is not <%s>)", f->label, f->root);
        rc = RECOV_EINPUT;
    }
    xmlNode *list = rc ? NULL : f->list ? recov_xml_child(root, f->list) : root;
    for (xmlNode *it = list ? list->children : NULL; it && rc == RECOV_OK; it = it->next) {
        if (!recov_xml_is(it, f->item))
            continue;
        struct recov_activity a;
        rc = f->read(root, it, &a);
        /* A file with two sessions: number the second on. */
        if (rc == RECOV_OK) {
            snprintf(a.source, sizeof a.source, count ? "%s:%.64s:%zu" : "%s:%.64s", f->prefix,
                     source_tag, count);
            rc = recov_activities_push(out, &a);
        }
        count++;
    }
    if (rc == RECOV_OK && count == 0) {
        recov_error_set("%s", f->none);
        rc = RECOV_EINPUT;
    }
    if (rc)
        out->n = before;
    recov_libxml()->free_doc(doc);
    return rc;
}
