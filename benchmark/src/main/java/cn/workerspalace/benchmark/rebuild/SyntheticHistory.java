package cn.workerspalace.benchmark.rebuild;

import cn.workerspalace.benchmark.province.Province;
import cn.workerspalace.benchmark.province.Province.Clazz;
import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.EventTypes;
import cn.workerspalace.contracts.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Last year's activity, written straight to the event topics so that a rebuild has a million events to read
 * without a million commands first: classes of the previous year at the province's palaces, each opened, signed up
 * for beyond capacity (a waitlist), with a few cancellations and the promotions they cause, attendance at eight
 * lessons and completion. The events are the contracts' records in the relay's envelope (JSON, key = aggregate id,
 * the revision this build declares), so the projection cannot tell them from relayed ones.
 */
final class SyntheticHistory {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int LESSONS = 8;

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Random random = new Random(2024);
    private final Province province;
    private final Map<String, Long> sequences = new HashMap<>();
    private long produced;

    SyntheticHistory(Province province) {
        this.province = province;
    }

    /** Writes at least {@code events} events; answers how many. */
    long produce(String bootstrapServers, long events) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new StringSerializer())) {
            int year = province.year() - 1;
            int n = 0;
            while (produced < events) {
                Clazz template = province.classes().get(n % province.classes().size());
                history(producer, "hist-" + year + "-" + n, template, year);
                n++;
            }
            producer.flush();
        }
        return produced;
    }

    private void history(KafkaProducer<String, String> producer, String classId, Clazz template, int year) {
        int capacity = 20 + random.nextInt(41);
        LocalDate firstDay = LocalDate.of(year, 3, 1).plusDays(random.nextInt(200));
        Instant opens = firstDay.minusDays(20).atStartOfDay(SHANGHAI).toInstant();
        Instant closes = firstDay.minusDays(1).atStartOfDay(SHANGHAI).toInstant();
        List<Map<String, Object>> lessons = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < LESSONS; i++) {
            Instant start = firstDay.plusWeeks(i).atTime(19, 0).atZone(SHANGHAI).toInstant();
            starts.add(start);
            lessons.add(Map.of("startsAt", start, "endsAt", start.plus(Duration.ofHours(2))));
        }
        Instant time = opens.plusSeconds(3600);
        course(producer, classId, "ClassOpenedEvent", time, Map.of("classId", classId, "courseId",
                template.courseId(), "palaceId", template.palaceId(), "title", "往期班 " + classId, "capacity", capacity,
                "enrolmentOpensAt", opens, "enrolmentClosesAt", closes, "lessons", lessons, "year", year));
        enrollment(producer, classId, "RosterOpenedEvent", time, Map.of("classId", classId, "palaceId",
                template.palaceId(), "capacity", capacity, "enrolmentOpensAt", opens, "enrolmentClosesAt", closes,
                "lessonStarts", starts, "year", year));
        List<String> confirmed = new ArrayList<>();
        List<String> waitlist = new ArrayList<>();
        int signUps = capacity + random.nextInt(9);
        java.util.Set<Integer> chosen = new java.util.HashSet<>();
        while (chosen.size() < signUps) {
            chosen.add(random.nextInt(province.workers()));
        }
        for (int worker : chosen) {
            String workerId = Province.workerId(worker);
            time = time.plusSeconds(30 + random.nextInt(600));
            boolean seat = confirmed.size() < capacity;
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("classId", classId);
            payload.put("workerId", workerId);
            payload.put("status", seat ? "CONFIRMED" : "WAITLISTED");
            payload.put("waitlistPosition", seat ? null : waitlist.size() + 1);
            payload.put("signedUpAt", time);
            enrollment(producer, classId, "TraineeSignedUpEvent", time, payload);
            (seat ? confirmed : waitlist).add(workerId);
        }
        int cancellations = Math.min(confirmed.size(), random.nextInt(4));
        for (int i = 0; i < cancellations; i++) {
            String leaver = confirmed.remove(random.nextInt(confirmed.size()));
            time = time.plusSeconds(3600);
            enrollment(producer, classId, "SignUpCancelledEvent", time, Map.of("classId", classId, "workerId",
                    leaver, "previousStatus", "CONFIRMED", "cancelledAt", time));
            if (!waitlist.isEmpty()) {
                String promoted = waitlist.remove(0);
                confirmed.add(promoted);
                enrollment(producer, classId, "WaitlistedTraineePromotedEvent", time, Map.of("classId", classId,
                        "workerId", promoted, "promotedAt", time));
            }
        }
        for (int lesson = 0; lesson < LESSONS; lesson++) {
            Instant recorded = starts.get(lesson).plusSeconds(600);
            for (String worker : confirmed) {
                if (random.nextInt(100) < 85) {
                    enrollment(producer, classId, "AttendanceRecordedEvent", recorded, Map.of("classId", classId,
                            "workerId", worker, "lessonIndex", lesson, "recordedAt", recorded));
                }
            }
        }
        Instant completed = starts.get(LESSONS - 1).plus(Duration.ofHours(3));
        enrollment(producer, classId, "RosterCompletedEvent", completed, Map.of("classId", classId,
                "completedWorkerIds", List.copyOf(confirmed), "endedWaitlistedWorkerIds", List.copyOf(waitlist)));
        course(producer, classId, "ClassCompletedEvent", completed, Map.of("classId", classId, "palaceId",
                template.palaceId()));
    }

    private void course(KafkaProducer<String, String> producer, String id, String type, Instant time,
                        Map<String, Object> payload) {
        send(producer, Topics.COURSE_EVENTS, "class:" + id, id, type, time, payload);
    }

    private void enrollment(KafkaProducer<String, String> producer, String id, String type, Instant time,
                            Map<String, Object> payload) {
        send(producer, Topics.ENROLLMENT_EVENTS, "roster:" + id, id, type, time, payload);
    }

    private void send(KafkaProducer<String, String> producer, String topic, String sequenceKey, String aggregateId,
                      String type, Instant time, Map<String, Object> payload) {
        Class<? extends Record> contract = EventTypes.byName(type)
                .orElseThrow(() -> new IllegalStateException("no contract named " + type));
        Record event = json.convertValue(payload, contract);
        long sequence = sequences.merge(sequenceKey, 1L, Long::sum) - 1;
        EventEnvelope<Record> envelope = new EventEnvelope<>(UUID.randomUUID().toString(), type,
                EventTypes.revisionOf(contract), aggregateId, sequence, time, event);
        try {
            producer.send(new ProducerRecord<>(topic, aggregateId, json.writeValueAsString(envelope)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        produced++;
    }
}
