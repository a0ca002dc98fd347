-- reminder_history: the reminders years of logging leave behind, written
-- into a database that `recov import` filled from gen_history (import
-- schedules nothing). Per workout a cool-down (mostly done, some expired,
-- some only shown), per hard day a next-morning check-in, per high soreness
-- score a persisting-soreness warning shown daily until resolved, and a
-- weekly summary reminder. All of it is settled and over by the end of the
-- history, the way an everyday user's table looks; what is live is left to
-- the commands being measured. Deterministic: derived from the entries.
BEGIN;

INSERT INTO reminder (kind, due, state, urgency, summary, body, regions, entry_id, series,
                      anchor, created_at, expires_at, sent_at, notify_id, done_at)
SELECT 'cooldown', at + minutes * 60 + 300,
       CASE id % 10 WHEN 0 THEN 'expired' WHEN 1 THEN 'sent' ELSE 'acknowledged' END,
       'normal', 'Time to cool down', 'A 10-minute walk or a stretch helps tomorrow''s legs.',
       0, id, 'cooldown:' || id, at + minutes * 60, at + minutes * 60,
       at + minutes * 60 + 300 + 7200,
       CASE WHEN id % 10 = 1 THEN at + minutes * 60 + 300 END,
       CASE WHEN id % 10 = 1 THEN 1 + id % 5000 END,
       CASE WHEN id % 10 >= 2 THEN at + minutes * 60 + 900 END
  FROM entry WHERE kind = 'workout';

INSERT INTO reminder (kind, due, state, urgency, summary, body, regions, entry_id, series,
                      anchor, created_at, expires_at, sent_at, notify_id, done_at)
SELECT 'checkin', (at / 86400 + 1) * 86400 + 32400,
       CASE WHEN id % 4 = 0 THEN 'sent' ELSE 'acknowledged' END, 'normal',
       'How sore after yesterday''s training?', 'Log soreness: recov sore REGION SCORE',
       0, max(id), 'checkin:' || (at / 86400 + 1), at, at, (at / 86400 + 2) * 86400,
       (at / 86400 + 1) * 86400 + 32400, 1 + id % 5000,
       CASE WHEN id % 4 <> 0 THEN (at / 86400 + 1) * 86400 + 36000 END
  FROM entry WHERE kind = 'workout' AND rpe >= 7 GROUP BY at / 86400;

-- A warning series per region: one row a day while the soreness lasts,
-- resolved three days after the score that raised it.
INSERT INTO reminder (kind, due, state, urgency, summary, body, regions, series, rule,
                      repeat_secs, resolved_at, created_at, expires_at, sent_at, notify_id)
SELECT 'warning', at + d.n * 86400,
       CASE WHEN d.n = 2 THEN 'acknowledged' ELSE 'sent' END, 'normal',
       'Soreness that persists', region || ' has been sore for days: rest it or see someone.',
       0, 'warning:persist:' || region, 'persist', 86400, at + 3 * 86400, at + d.n * 86400,
       at + (d.n + 1) * 86400, at + d.n * 86400, 1 + (id + d.n) % 5000
  FROM entry, (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2) AS d
 WHERE kind = 'soreness' AND score >= 7;

INSERT INTO reminder (kind, due, state, urgency, summary, body, series, created_at,
                      expires_at, sent_at, notify_id)
SELECT 'weekly', w * 604800 + 64800, CASE WHEN w % 5 = 0 THEN 'expired' ELSE 'sent' END,
       'low', 'Your week', 'recov summary :week', 'weekly:' || w, w * 604800,
       w * 604800 + 86400, CASE WHEN w % 5 <> 0 THEN w * 604800 + 64800 END, 1 + w % 5000
  FROM (SELECT DISTINCT at / 604800 AS w FROM entry);

COMMIT;
