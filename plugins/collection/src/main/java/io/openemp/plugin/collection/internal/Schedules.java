package io.openemp.plugin.collection.internal;

import java.time.ZonedDateTime;
import java.util.Optional;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import io.openemp.plugin.collection.api.Schedule;

/** When a task runs next: cron (Quartz flavour, parsed by cron-utils) or a fixed interval. */
final class Schedules {

    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private Schedules() {
    }

    /** Throws IllegalArgumentException with the parser's reason when {@code cron} is not a Quartz cron expression. */
    static void checkCron(String cron) {
        QUARTZ.parse(cron).validate();
    }

    /** The first run strictly after {@code now}, if the schedule has one. */
    static Optional<ZonedDateTime> next(Schedule schedule, ZonedDateTime now) {
        if (schedule.intervalSeconds() != null) {
            return Optional.of(now.plusSeconds(schedule.intervalSeconds()));
        }
        return ExecutionTime.forCron(QUARTZ.parse(schedule.cron())).nextExecution(now);
    }
}
