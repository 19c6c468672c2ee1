package vn.sonla.ntm.loader.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.loader.Log;
import vn.sonla.ntm.loader.client.AssessmentClient;
import vn.sonla.ntm.loader.demo.DemoScenario.ObstacleCase;
import vn.sonla.ntm.loader.demo.DemoScenario.RoadmapCase;
import vn.sonla.ntm.loader.http.Reply;

/** Mai Sơn's roadmaps (written by the district) and obstacles (raised by districts and communes, answered by the office). */
final class DemoRoadmapsAndObstacles {

    private final AssessmentClient api;
    private final Log log;
    private final Tally tally;

    DemoRoadmapsAndObstacles(AssessmentClient api, Log log, Tally tally) {
        this.api = api;
        this.log = log;
        this.tally = tally;
    }

    void roadmaps(List<RoadmapCase> cases) {
        for (RoadmapCase c : cases) {
            String writer = "district-" + c.districtCode();
            boolean exists = api.roadmapsOfUnit(DemoAssessments.COORDINATOR, c.unitCode()).stream()
                    .anyMatch(r -> r.path("targetLevel").asText().equals(c.targetLevel()));
            if (exists) {
                tally.found("roadmaps");
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("targetYear", c.targetYear());
            body.put("status", c.status());
            body.put("note", DemoScenario.NOTE);
            body.put("milestones", c.milestones().stream().map(m -> {
                Map<String, Object> milestone = new LinkedHashMap<>();
                milestone.put("title", m.title());
                milestone.put("dueDate", m.dueDate());
                milestone.put("doneOn", m.doneOn());
                return milestone;
            }).toList());
            api.writeRoadmap(writer, c.unitCode(), c.targetLevel(), body);
            tally.wrote("roadmaps");
            log.info("roadmap " + c.unitCode() + " → " + c.targetLevel() + " " + c.targetYear() + " (" + c.status() + ")");
        }
    }

    void obstacles(List<ObstacleCase> cases) {
        for (ObstacleCase c : cases) {
            Optional<JsonNode> existing = api.obstacles(DemoAssessments.COORDINATOR, c.unitCode()).stream()
                    .filter(o -> o.path("title").asText().equals(c.title())).findFirst();
            long id;
            if (existing.isPresent()) {
                id = existing.get().path("id").asLong();
            } else {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("unitCode", c.unitCode());
                body.put("criterionCode", c.criterionCode());
                body.put("title", c.title());
                body.put("description", c.description());
                id = api.raiseObstacle(c.raisedBy(), body).body().path("id").asLong();
                tally.wrote("obstacles raised");
            }
            String status = existing.map(o -> o.path("status").asText()).orElse("OPEN");
            if (c.answer() != null && status.equals("OPEN")) {
                Reply current = api.obstacles(DemoAssessments.COORDINATOR, c.unitCode()).stream()
                        .filter(o -> o.path("id").asLong() == id).findFirst()
                        .map(o -> new Reply(200, o, null)).orElseThrow();
                Reply answered = api.answerObstacle(DemoAssessments.COORDINATOR, id, current.ifMatch(), c.answer());
                tally.wrote("obstacles answered");
                status = answered.body().path("status").asText();
                if (c.close()) {
                    api.closeObstacle(DemoAssessments.COORDINATOR, id, answered.ifMatch());
                    tally.wrote("obstacles closed");
                    status = "CLOSED";
                }
            } else if (c.close() && status.equals("ANSWERED")) {
                Reply current = api.obstacles(DemoAssessments.COORDINATOR, c.unitCode()).stream()
                        .filter(o -> o.path("id").asLong() == id).findFirst()
                        .map(o -> new Reply(200, o, null)).orElseThrow();
                api.closeObstacle(DemoAssessments.COORDINATOR, id, current.ifMatch());
                tally.wrote("obstacles closed");
                status = "CLOSED";
            } else if (existing.isPresent()) {
                tally.found("obstacles");
            }
            log.info("obstacle " + c.unitCode() + " \"" + c.title() + "\": " + status);
        }
    }
}
