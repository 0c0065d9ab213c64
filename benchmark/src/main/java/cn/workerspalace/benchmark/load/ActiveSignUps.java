package cn.workerspalace.benchmark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The sign-ups that stand, to cancel one at random: a bag with O(1) add and random removal. */
final class ActiveSignUps {

    record SignUp(String classId, int worker) {
    }

    private final List<SignUp> bag = new ArrayList<>();

    synchronized void add(String classId, int worker) {
        bag.add(new SignUp(classId, worker));
    }

    /** Removes and answers a random standing sign-up, or null when there is none. */
    synchronized SignUp takeAny() {
        if (bag.isEmpty()) {
            return null;
        }
        int index = ThreadLocalRandom.current().nextInt(bag.size());
        SignUp taken = bag.get(index);
        SignUp last = bag.remove(bag.size() - 1);
        if (index < bag.size()) {
            bag.set(index, last);
        }
        return taken;
    }
}
