package cn.workerspalace.course.palace.query;

/** A service point of a palace. */
public record ServicePointView(String id, String palaceId, String name, String address) {
}
