package cn.workerspalace.faulttests;

import cn.workerspalace.localstack.testkit.RunningStack;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fault tests' one stack for the whole run: Kafka and PostgreSQL that the tests can take away and bring back,
 * the services' and the broker's output in {@code target/fault-test-logs/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunningStack.class)
@RunningStack.Settings(restartableInfrastructure = true, logDirectory = "target/fault-test-logs")
@interface FaultStack {
}
