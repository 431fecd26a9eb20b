package dev.bookbuilder.edition;

import dev.bookbuilder.i18n.Labels;
import java.util.ArrayList;
import java.util.List;

/** The 学习计划 page's content: per stage, its clusters, question count and estimated reading time. */
public record StudyPlan(List<Row> rows, String totalTime, int totalQuestions) {

    /** One stage of the plan. */
    public record Row(String label, List<String> clusters, int questions, String time) {
    }

    /** Computed from the edition's pages: reading time comes from the text itself. */
    public static StudyPlan of(List<Edition.Stage> stages, Labels labels) {
        List<Row> rows = new ArrayList<>();
        double total = 0;
        int questions = 0;
        for (Edition.Stage s : stages) {
            double minutes = 0;
            int count = 0;
            List<String> clusters = new ArrayList<>();
            for (Edition.ClusterPart part : s.clusters()) {
                clusters.add(part.opener().numberedTitle(false));
                minutes += part.opener().parsed() == null ? 0 : part.opener().parsed().readingMinutes();
                for (Page q : part.questions()) {
                    minutes += q.parsed().readingMinutes();
                    count++;
                }
            }
            rows.add(new Row(s.label() == null ? labels.get("plan.whole") : s.label(), List.copyOf(clusters), count, labels.readingTime(minutes)));
            total += minutes;
            questions += count;
        }
        return new StudyPlan(List.copyOf(rows), labels.readingTime(total), questions);
    }
}
