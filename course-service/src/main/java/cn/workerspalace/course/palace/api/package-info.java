/**
 * The palace feature's messages: commands to register a palace and open a service point, the rules' exceptions,
 * and the {@link cn.workerspalace.course.palace.api.PalaceDirectory} that command handlers consult for the
 * network-wide facts (one PROVINCE palace, one CITY palace per city code, unique ids).
 */
package cn.workerspalace.course.palace.api;
