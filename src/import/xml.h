/* import/xml: the few libxml2 walks GPX and TCX share (namespaces ignored). */
#ifndef RECOV_IMPORT_XML_H
#define RECOV_IMPORT_XML_H

#include <stddef.h>
#include <time.h>

#include <libxml/tree.h>

#include "recov/activity.h"

/* Parses buf without network access or entity expansion. Returns the
 * document or NULL with "malformed XML (line N: why)" set (or why libxml2
 * could not be loaded). Only recov_xml_sessions frees what it reads. */
xmlDocPtr recov_xml_read(const char *buf, size_t len);
/* 1 when node is an element called name (local name, any namespace). */
int recov_xml_is(const xmlNode *node, const char *name);
/* The first child element called name, or NULL. */
xmlNode *recov_xml_child(const xmlNode *node, const char *name);
/* The first element called name anywhere below node, or NULL. */
xmlNode *recov_xml_find(const xmlNode *node, const char *name);
/* The trimmed text of the child called name into buf; 0, or -1 when absent. */
int recov_xml_text(const xmlNode *node, const char *name, char *buf, size_t n);
/* The trimmed value of node's attribute name into buf; 0, or -1 when absent. */
int recov_xml_attr(const xmlNode *node, const char *name, char *buf, size_t n);
/* The child called name as a number; 0, or -1 when absent or not a number. */
int recov_xml_number(const xmlNode *node, const char *name, double *out);
/* What tells the sessions of one XML format apart. */
struct recov_xml_format {
    const char *root;   /* the root element's name */
    const char *list;   /* the child of the root holding the items; NULL: the root */
    const char *item;   /* one session's element */
    const char *prefix; /* of the source id: "gpx" */
    const char *label;  /* in messages: "GPX" */
    const char *none;   /* the message when there is no item */
    /* Reads one item into a (initialised here); 0 or RECOV_EINPUT. */
    int (*read)(xmlNode *root, xmlNode *item, struct recov_activity *a);
};
/* Parses buf and appends one activity per item, the source id being
 * PREFIX:TAG (PREFIX:TAG:N from the second item on). Returns 0 or
 * RECOV_EINPUT with a message, leaving out as it was. */
int recov_xml_sessions(const char *buf, size_t len, const struct recov_xml_format *f,
                       const char *source_tag, struct recov_activities *out);

/* An ISO 8601 time such as 2026-11-20T17:15:00.250Z (fraction dropped).
 * Returns 0 or -1. */
int recov_xml_time(const char *text, time_t *out);

#endif
