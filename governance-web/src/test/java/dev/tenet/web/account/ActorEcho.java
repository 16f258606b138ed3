package dev.tenet.web.account;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers with the {@link Actor} a controller receives, once behind the API's security and once
 * behind the pages'. Imported by the tests that need it; never component-scanned.
 */
@TestComponent
@RestController
class ActorEcho {

    static final String API = "/api/test/actor";
    static final String PAGE = "/test/actor";

    @GetMapping({API, PAGE})
    Actor actor(Actor actor) {
        return actor;
    }
}
