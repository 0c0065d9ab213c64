package cn.workerspalace.projection.live.web;

import cn.workerspalace.projection.live.FiguresNotices;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "figures")
class FiguresStreamController {

    private static final String EXAMPLE = """
            event:changed
            data:{"asOfEvent":"2026-11-30T17:04:05+08:00","events":0}

            event:changed
            data:{"asOfEvent":"2026-11-30T17:04:09+08:00","events":37}

            :keep-alive

            """;

    private final FiguresNotices notices;

    FiguresStreamController(FiguresNotices notices) {
        this.notices = notices;
    }

    @Operation(summary = "Server-sent events: a notice each time the figures changed",
            description = "A `changed` event at once on connecting, then after batches of events have been applied "
                    + "(merged to at most a few per second, never one per event), with `asOfEvent` (the time of "
                    + "the newest event applied) and `events` (how many were applied since the previous notice). A "
                    + "`:keep-alive` comment every 15 s. The stream ends after 30 minutes; EventSource reconnects.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
            schema = @Schema(type = "string"), examples = @ExampleObject(value = EXAMPLE)))
    @GetMapping(value = "/api/stats/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return notices.open();
    }
}
