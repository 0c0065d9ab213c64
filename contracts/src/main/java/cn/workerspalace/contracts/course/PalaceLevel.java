package cn.workerspalace.contracts.course;

/** Where a palace sits in the network: one provincial palace, one per city, any number per county. */
public enum PalaceLevel {
    PROVINCE, CITY, COUNTY
}
