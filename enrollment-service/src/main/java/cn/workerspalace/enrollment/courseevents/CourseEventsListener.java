package cn.workerspalace.enrollment.courseevents;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.EventTypes;
import cn.workerspalace.contracts.Topics;
import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.Lesson;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.course.ServicePointOpenedEvent;
import cn.workerspalace.enrollment.palace.PalaceDirectory;
import cn.workerspalace.enrollment.roster.api.CancelRosterCommand;
import cn.workerspalace.enrollment.roster.api.ChangeRosterCapacityCommand;
import cn.workerspalace.enrollment.roster.api.CompleteRosterCommand;
import cn.workerspalace.enrollment.roster.api.OpenRosterCommand;
import cn.workerspalace.enrollment.roster.query.RosterQueries;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads each record as an {@code EventEnvelope<JsonNode>}, converts the payload to the contract type its
 * {@code type} names, and applies the types this service needs; the others are skipped, and so is a record that can
 * never be read. Any other failure propagates, so the container retries the record and commits its offset only
 * after success.
 */
@Component
class CourseEventsListener {

    private static final Logger log = LoggerFactory.getLogger(CourseEventsListener.class);

    private final ObjectReader envelopes;
    private final ObjectReader payloads;
    private final PalaceDirectory palaces;
    private final RosterQueries rosters;
    private final CommandGateway commands;
    private final Clock clock;

    CourseEventsListener(ObjectMapper json, PalaceDirectory palaces, RosterQueries rosters, CommandGateway commands,
                         Clock clock) {
        // a tolerant reader: fields that a newer course-service adds must not stop this consumer
        this.envelopes = json.readerFor(new TypeReference<EventEnvelope<JsonNode>>() { })
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.payloads = json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.palaces = palaces;
        this.rosters = rosters;
        this.commands = commands;
        this.clock = clock;
    }

    @KafkaListener(id = "course-events", topics = Topics.COURSE_EVENTS,
            groupId = "${spring.kafka.consumer.group-id:enrollment-service}")
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope<JsonNode> envelope = read(record);
        if (envelope == null) {
            return;
        }
        var type = EventTypes.byName(envelope.type());
        if (type.isEmpty()) {
            log.debug("skipping event {} of unknown type {}", envelope.eventId(), envelope.type());
            return;
        }
        Object payload;
        try {
            payload = payloads.treeToValue(envelope.payload(), type.get());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            log.error("skipping event {}: its payload is no {}", envelope.eventId(), envelope.type(), e);
            return;
        }
        apply(envelope, payload);
    }

    private void apply(EventEnvelope<JsonNode> envelope, Object payload) {
        if (payload instanceof PalaceRegisteredEvent palace) {
            palaces.record(palace);
        } else if (payload instanceof ServicePointOpenedEvent servicePoint) {
            palaces.record(servicePoint);
        } else if (payload instanceof ClassOpenedEvent opened) {
            openRoster(opened);
        } else if (payload instanceof ClassCapacityChangedEvent changed) {
            sendToRoster(envelope, new ChangeRosterCapacityCommand(changed.classId(), changed.capacity(),
                    clock.instant()));
        } else if (payload instanceof ClassCancelledEvent cancelled) {
            sendToRoster(envelope, new CancelRosterCommand(cancelled.classId(), cancelled.reason()));
        } else if (payload instanceof ClassCompletedEvent completed) {
            sendToRoster(envelope, new CompleteRosterCommand(completed.classId()));
        }
    }

    private void openRoster(ClassOpenedEvent opened) {
        if (rosters.exists(opened.classId())) {
            return;
        }
        try {
            commands.sendAndWait(new OpenRosterCommand(opened.classId(), opened.palaceId(), opened.capacity(),
                    opened.enrolmentOpensAt(), opened.enrolmentClosesAt(),
                    opened.lessons().stream().map(Lesson::startsAt).toList(), opened.year()));
        } catch (AggregateStreamCreationException e) {
            log.debug("roster {} was opened already", opened.classId());
        }
    }

    /** A roster that never opened cannot follow its class; retrying would block the partition for good. */
    private void sendToRoster(EventEnvelope<JsonNode> envelope, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            log.warn("no roster for class {}: {} {} skipped", envelope.aggregateId(), envelope.type(),
                    envelope.eventId());
        }
    }

    /** A record that is no envelope can never be read: it is logged and skipped rather than retried for good. */
    private EventEnvelope<JsonNode> read(ConsumerRecord<String, String> record) {
        try {
            EventEnvelope<JsonNode> envelope = envelopes.readValue(record.value());
            if (envelope.type() == null || envelope.payload() == null) {
                throw new IllegalArgumentException("no type or payload");
            }
            return envelope;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            log.error("skipping unreadable record at {}-{}@{}", record.topic(), record.partition(), record.offset(),
                    e);
            return null;
        }
    }
}
