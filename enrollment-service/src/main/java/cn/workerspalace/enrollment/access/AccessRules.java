package cn.workerspalace.enrollment.access;

import static cn.workerspalace.platform.security.Access.require;

import cn.workerspalace.enrollment.degree.query.DegreeApplicationQueries;
import cn.workerspalace.enrollment.roster.query.RosterQueries;
import cn.workerspalace.enrollment.worker.query.WorkerQueries;
import cn.workerspalace.platform.security.Actor;
import cn.workerspalace.platform.security.Role;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Checked by the controllers before a command is sent, so a refusal (403) writes nothing. The role is checked
 * before anything is looked up: who may not act at all learns nothing about which ids exist. The operations centre
 * may act for any palace and any worker.
 */
@Component
public class AccessRules {

    private final WorkerQueries workers;
    private final RosterQueries rosters;
    private final DegreeApplicationQueries applications;

    AccessRules(WorkerQueries workers, RosterQueries rosters, DegreeApplicationQueries applications) {
        this.workers = workers;
        this.rosters = rosters;
        this.applications = applications;
    }

    /** Quotas, allocations, and reviewing, admitting, paying and graduating applications. */
    public void operationsCentre(String what) {
        require(Actor.current().isOpsCentre(), what);
    }

    /** Register a worker at this palace. */
    public void registerAt(String palaceId) {
        Actor actor = Actor.current();
        require(actor.isOpsCentre() || actor.isStaffOf(Role.SERVICE_POINT, palaceId),
                "register workers at palace " + palaceId);
    }

    /**
     * See a worker, sign them up or cancel, submit or withdraw their applications: the worker themself, or staff
     * of a service point of the palace where they registered.
     */
    public void actFor(String workerId) {
        Actor actor = Actor.current();
        require(actor.isOpsCentre() || actor.has(Role.SERVICE_POINT) || actor.has(Role.WORKER),
                "act for workers");
        if (actor.isOpsCentre() || actor.isWorker(workerId)) {
            return;
        }
        require(actor.has(Role.SERVICE_POINT), "act for worker " + workerId);
        String palace = workers.find(workerId).orElseThrow(() -> new ResourceNotFoundException("worker", workerId))
                .palaceId();
        require(actor.isStaffOf(Role.SERVICE_POINT, palace), "act for worker " + workerId);
    }

    /** See, or withdraw, a degree application: as {@link #actFor} its applicant. */
    public void actForApplicationOf(String applicationId) {
        Actor actor = Actor.current();
        require(actor.isOpsCentre() || actor.has(Role.SERVICE_POINT) || actor.has(Role.WORKER),
                "act for workers");
        actFor(applications.find(applicationId)
                .orElseThrow(() -> new ResourceNotFoundException("degree application", applicationId)).workerId());
    }

    /** See the roster of a class and record its attendance: the coordinator of the class's palace. */
    public void keepRosterOf(String classId) {
        Actor actor = Actor.current();
        require(actor.isOpsCentre() || actor.has(Role.COORDINATOR), "keep rosters");
        String palace = rosters.palaceOf(classId).orElseThrow(() -> new ResourceNotFoundException("class", classId));
        require(actor.isOpsCentre() || actor.isStaffOf(Role.COORDINATOR, palace), "keep the roster of " + classId);
    }
}
