package dev.tenet.web.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.Locale;

/** The dashboard: charts of where designs stand, fed by a JSON endpoint, with the same numbers as tables. */
@Controller
class DashboardController {

    static final String VIEW = "dashboard/index";

    private final DashboardFigures figures;

    DashboardController(DashboardFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/dashboard")
    String show(Locale locale, Model model) {
        model.addAttribute("figures", figures.compute(locale));
        return VIEW;
    }

    /** The figures for the charts; the session authenticates the request like any page's. */
    @GetMapping(path = "/dashboard/data", produces = "application/json")
    @ResponseBody
    Figures data(Locale locale) {
        return figures.compute(locale);
    }
}
