package cn.workerspalace.benchmark.load;

import cn.workerspalace.benchmark.province.Province;
import cn.workerspalace.benchmark.province.Province.Clazz;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The crowd's side of the story: which worker wants which class, the sign-ups that stand (so that a cancellation
 * names one that exists), the applications submitted and not yet approved, and the totals the exactness check
 * compares the system's figures with.
 *
 * <p>A sign-up goes to one of the popular classes with probability {@link #POPULAR_SHARE}, otherwise to any ordinary
 * class, by a random worker: a worker who already holds a place there is refused (409), as expected.
 */
public final class Crowd {

    static final double POPULAR_SHARE = 0.2;

    private final Api api;
    private final URI enrollment;
    private final Province province;
    private final WorkerTokens tokens;
    private final List<Clazz> popular;
    private final List<Clazz> ordinary;
    private final ActiveSignUps active = new ActiveSignUps();
    private final int[] applicants;
    private final AtomicInteger nextApplicant = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> submitted = new ConcurrentLinkedQueue<>();
    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    final LongAdder signUpsAccepted = new LongAdder();
    final LongAdder cancelsAccepted = new LongAdder();
    final LongAdder approvedAnswers = new LongAdder();
    final LongAdder waitingAnswers = new LongAdder();
    final LongAdder applicationsAccepted = new LongAdder();

    /** Sign-ups, cancellations and applications are sent by the workers themselves, approvals by {@code api}'s caller. */
    public Crowd(Api api, URI enrollment, Province province, WorkerTokens tokens) {
        this.api = api;
        this.enrollment = enrollment;
        this.province = province;
        this.tokens = tokens;
        this.popular = province.popularClasses();
        this.ordinary = province.ordinaryClasses();
        List<Integer> frontLine = new ArrayList<>();
        for (int n = 0; n < province.workers(); n++) {
            if (Province.frontLine(n)) {
                frontLine.add(n);
            }
        }
        Collections.shuffle(frontLine, new Random(11));
        applicants = frontLine.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The command actually sent (a cancellation or approval with nothing to act on becomes a sign-up). */
    record Sent(CommandType type, Api.Answer answer) {
    }

    Sent execute(CommandType wanted) {
        return switch (wanted) {
            case CANCEL -> cancel();
            case APPLY -> apply();
            case APPROVE -> approve();
            case SIGN_UP -> signUp();
        };
    }

    Sent signUp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Clazz> from = random.nextDouble() < POPULAR_SHARE ? popular : ordinary;
        int classIndex = random.nextInt(from.size());
        Clazz clazz = from.get(classIndex);
        int worker = random.nextInt(province.workers());
        Api.Answer answer = api.postAs(tokens.of(worker), enrollment, "/api/classes/" + clazz.id() + "/sign-ups",
                "{\"workerId\":\"" + Province.workerId(worker) + "\"}");
        if (answer.accepted()) {
            signUpsAccepted.increment();
            active.add(clazz.id(), worker);
        }
        return new Sent(CommandType.SIGN_UP, answer);
    }

    private Sent cancel() {
        ActiveSignUps.SignUp taken = active.takeAny();
        if (taken == null) {
            return signUp();
        }
        Api.Answer answer = api.deleteAs(tokens.of(taken.worker()), enrollment, "/api/classes/" + taken.classId()
                + "/sign-ups/" + Province.workerId(taken.worker()));
        if (answer.accepted()) {
            cancelsAccepted.increment();
        } else {
            active.add(taken.classId(), taken.worker());
        }
        return new Sent(CommandType.CANCEL, answer);
    }

    private Sent apply() {
        int index = nextApplicant.getAndIncrement();
        if (index >= applicants.length) {
            return signUp();
        }
        String id = "app-" + runId + "-" + index;
        Api.Answer answer = api.postAs(tokens.of(applicants[index]), enrollment, "/api/degree-applications",
                Map.of("id", id,
                "workerId", Province.workerId(applicants[index]), "year", province.year(),
                "level", index % 3 == 0 ? "BACHELOR" : "JUNIOR_COLLEGE", "school", "山东开放大学",
                "major", index % 2 == 0 ? "机电一体化技术" : "工商企业管理"));
        if (answer.accepted()) {
            applicationsAccepted.increment();
            submitted.add(id);
        }
        return new Sent(CommandType.APPLY, answer);
    }

    private Sent approve() {
        String id = submitted.poll();
        if (id == null) {
            return signUp();
        }
        Api.Answer answer = api.post(enrollment, "/api/degree-applications/" + id + "/approve", "{}");
        if (answer.accepted()) {
            if ("APPROVED".equals(answer.text("status"))) {
                approvedAnswers.increment();
            } else {
                waitingAnswers.increment();
            }
        }
        return new Sent(CommandType.APPROVE, answer);
    }

    public long signUpsAccepted() {
        return signUpsAccepted.sum();
    }

    public long cancelsAccepted() {
        return cancelsAccepted.sum();
    }

    public long approvedAnswers() {
        return approvedAnswers.sum();
    }

    public long waitingAnswers() {
        return waitingAnswers.sum();
    }

    public long applicationsAccepted() {
        return applicationsAccepted.sum();
    }

    /** A probe's sign-up counts as any other in the totals. */
    void countProbeSignUp() {
        signUpsAccepted.increment();
    }
}
