package cn.workerspalace.platform.security;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service with one open question (who am I?) and one OPS_CENTER-only command. */
@SpringBootApplication
class SecuredApplication {

    @RestController
    static class WhoAmI {

        @GetMapping("/api/me")
        Actor me() {
            return Actor.current();
        }

        @PostMapping("/api/ops-only")
        String opsOnly() {
            Access.require(Actor.current().isOpsCentre(), "do what only the operations centre does");
            return "done";
        }
    }
}
