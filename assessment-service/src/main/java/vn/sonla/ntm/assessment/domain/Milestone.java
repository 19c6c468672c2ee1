package vn.sonla.ntm.assessment.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A step of a roadmap: what, due when, done when. */
@Entity
@Table(name = "roadmap_milestone")
public class Milestone {

    /** A milestone as written by the district. */
    public record Draft(String title, LocalDate dueDate, LocalDate doneOn) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_milestone_seq")
    @SequenceGenerator(name = "roadmap_milestone_seq", sequenceName = "roadmap_milestone_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    private Roadmap roadmap;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected Milestone() {
        // for Hibernate
    }

    Milestone(Roadmap roadmap, int position, Draft draft) {
        this.roadmap = roadmap;
        this.position = position;
        this.title = draft.title().trim();
        this.dueDate = draft.dueDate();
        this.doneOn = draft.doneOn();
    }

    public String title() { return title; }
    public LocalDate dueDate() { return dueDate; }
    public LocalDate doneOn() { return doneOn; }
    public int position() { return position; }
}
