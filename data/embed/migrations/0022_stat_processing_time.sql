-- Processing time in the statistics' counters (issue 12): judged finishes whose procedure
-- states a limit, the office seconds they used and were allowed (the finishing event records
-- both, dossier/due_times.hpp processing_seconds), and a histogram of the hours used in fixed
-- buckets, so the mean and p50 / p90 of a period read the same few rows as the other
-- indicators. Finishes recorded before this migration have no processing time and add none.
ALTER TABLE stat_days ADD COLUMN timed_finishes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN allowed_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_1h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_2h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_4h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_8h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_16h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_24h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_40h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_56h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_80h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_120h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_160h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_240h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_400h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_le_800h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN processing_over_800h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN timed_finishes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN allowed_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_1h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_2h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_4h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_8h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_16h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_24h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_40h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_56h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_80h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_120h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_160h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_240h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_400h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_le_800h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN processing_over_800h INTEGER NOT NULL DEFAULT 0;
