/** The palace endpoints: register and list palaces, open service points; requests are validated here (400). */
package cn.workerspalace.course.palace.web;
