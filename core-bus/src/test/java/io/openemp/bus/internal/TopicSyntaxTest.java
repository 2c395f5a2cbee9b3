package io.openemp.bus.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

import io.openemp.bus.api.Topics;

public class TopicSyntaxTest {

    @Test
    public void topicsAreSlashSeparatedTokens() {
        EventAdminBus.checkTopic("emp/plugin/registered");
        assertThrows(IllegalArgumentException.class, () -> EventAdminBus.checkTopic("emp//plugin"));
        assertThrows(IllegalArgumentException.class, () -> EventAdminBus.checkTopic("emp/plugin/"));
        assertThrows(IllegalArgumentException.class, () -> EventAdminBus.checkTopic("emp/*"));
        assertThrows(IllegalArgumentException.class, () -> EventAdminBus.checkTopic(null));
    }

    @Test
    public void patternsMayEndInAWildcard() {
        EventAdminBus.checkPattern("emp/plugin/*");
        EventAdminBus.checkPattern("emp/plugin/registered");
        EventAdminBus.checkPattern("*");
        assertThrows(IllegalArgumentException.class, () -> EventAdminBus.checkPattern("emp/*/registered"));
        assertThrows(IllegalArgumentException.class, () -> EventAdminBus.checkPattern("emp/plug*"));
    }

    @Test
    public void topicLeavesAreSingleTokens() {
        assertEquals("emp/plugin/registered", Topics.of(Topics.PLUGIN, "registered"));
        assertThrows(IllegalArgumentException.class, () -> Topics.of(Topics.PLUGIN, "a/b"));
        assertThrows(IllegalArgumentException.class, () -> Topics.of(Topics.PLUGIN, ""));
    }
}
