package cn.workerspalace.contracts.degree;

/** The two subsidised degree upgrades of 求学圆梦: junior college (高起专) and bachelor (专升本). */
public enum DegreeLevel {
    JUNIOR_COLLEGE, BACHELOR
}
