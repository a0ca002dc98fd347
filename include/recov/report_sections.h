/* report_sections: the parts the period and the region reports share. */
#ifndef RECOV_REPORT_SECTIONS_H
#define RECOV_REPORT_SECTIONS_H

#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "recov/advice.h"
#include "recov/entry.h"
#include "recov/summary.h"

/* The sentence every report ends with. */
extern const char recov_report_disclaimer[];

/* A <dt>/<dd> pair in its own <div>; note (may be NULL) is small print. */
void recov_report_fact(FILE *f, const char *name, const char *value, const char *note);
/* The summary's figures as a grid: sessions, time, load (with the change
 * versus the period before), monotony, strain, ratio, fitness, fatigue,
 * form. */
void recov_report_figures(FILE *f, const struct recov_summary *s);
/* Writes the names of mask's set bits ("-" for none), joined by ", ". */
void recov_report_names(uint32_t mask, const char *const *names, size_t count, char *buf,
                        size_t n);
/* What an entry was, in a few words: "run 45 min, RPE 7", "left ankle 6". */
void recov_report_entry_label(const struct recov_entry *e, char *buf, size_t n);
/* The advice as of `when` at or above min severity, each with its reasons
 * and source; a line saying there is none otherwise. */
void recov_report_advice(FILE *f, const struct recov_advice *a, time_t when,
                         enum recov_severity min);
/* The disclaimer and the line saying when and from what it was written. */
void recov_report_closing(FILE *f, time_t made);
/* One episode of the episode model: its place, first and latest log, how
 * long it has been sore (the warnings' and suggest's count), peak, latest,
 * trend, kind, cause, flags and the recovery actions that covered it. */
void recov_report_episode(FILE *f, const struct recov_summary *s,
                          const struct recov_episode_facts *e);

#endif
