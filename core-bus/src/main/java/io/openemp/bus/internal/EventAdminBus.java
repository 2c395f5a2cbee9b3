package io.openemp.bus.internal;

import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.bus.api.BusEvent;
import io.openemp.bus.api.EventBus;
import io.openemp.bus.api.Subscription;

/** {@link EventBus} on OSGi Event Admin: publish is {@code postEvent}, a subscription is an EventHandler service. */
@Component(service = EventBus.class)
public class EventAdminBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(EventAdminBus.class);

    static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");
    static final Pattern TOPIC_PATTERN = Pattern.compile("\\*|[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*(/\\*)?");

    private final EventAdmin eventAdmin;
    private final BundleContext context;

    @Activate
    public EventAdminBus(@Reference EventAdmin eventAdmin, BundleContext context) {
        this.eventAdmin = eventAdmin;
        this.context = context;
    }

    @Override
    public void publish(String topic, Map<String, ?> properties) {
        checkTopic(topic);
        eventAdmin.postEvent(new Event(topic, new HashMap<>(properties)));
    }

    @Override
    public Subscription subscribe(String topicPattern, Consumer<BusEvent> handler) {
        checkPattern(topicPattern);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, topicPattern);
        EventHandler adapter = event -> {
            Map<String, Object> values = new HashMap<>();
            for (String name : event.getPropertyNames()) {
                Object value = event.getProperty(name);
                if (value != null && !EventConstants.EVENT_TOPIC.equals(name)) {
                    values.put(name, value);
                }
            }
            try {
                handler.accept(new BusEvent(event.getTopic(), values));
            } catch (RuntimeException e) {
                LOG.warn("Bus subscriber for {} failed on {}", topicPattern, event.getTopic(), e);
            }
        };
        ServiceRegistration<EventHandler> registration = context.registerService(EventHandler.class, adapter, props);
        return () -> {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped first: the subscription is already gone
            }
        };
    }

    static void checkTopic(String topic) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("invalid topic '" + topic + "': tokens of [A-Za-z0-9_-] separated by '/'");
        }
    }

    static void checkPattern(String pattern) {
        if (pattern == null || !TOPIC_PATTERN.matcher(pattern).matches()) {
            throw new IllegalArgumentException("invalid topic pattern '" + pattern + "': a topic, optionally ending in '/*'");
        }
    }
}
