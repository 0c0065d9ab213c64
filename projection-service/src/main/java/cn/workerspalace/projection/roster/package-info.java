/**
 * Class rosters as enrollment-service keeps them: each worker's sign-up to a class as it stands now (confirmed,
 * waitlisted, cancelled, ended; completed when the class completed with them holding a seat) and every attendance
 * record (one person-time, 人次). Rows may name a class whose opening has not arrived yet; they count once it has.
 */
package cn.workerspalace.projection.roster;
