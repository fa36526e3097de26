import { createRouter, createWebHistory } from 'vue-router';
import { loadSession, session } from './session';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { bare: true, public: true } },
    { path: '/', name: 'overview', component: () => import('./views/OverviewView.vue') },
    { path: '/screen', name: 'screen', component: () => import('./views/ScreenView.vue'), meta: { bare: true } },
    { path: '/projects', name: 'projects', component: () => import('./views/ProjectsView.vue') },
    { path: '/needs', name: 'needs', component: () => import('./views/NeedsView.vue') },
    { path: '/resources', name: 'resources', component: () => import('./views/ResourcesView.vue') },
    { path: '/organizations', name: 'organizations', component: () => import('./views/OrganizationsView.vue') },
    { path: '/organizations/:id', name: 'organization', component: () => import('./views/OrganizationView.vue'), props: true },
    { path: '/meetings', name: 'meetings', component: () => import('./views/MeetingsView.vue') },
    { path: '/meetings/:id', name: 'meeting', component: () => import('./views/MeetingView.vue'), props: true },
    { path: '/decisions', name: 'decisions', component: () => import('./views/DecisionsView.vue') },
    { path: '/points', name: 'points', component: () => import('./views/PointsView.vue') },
    { path: '/agreements', name: 'agreements', component: () => import('./views/AgreementsView.vue') },
    { path: '/feedback', name: 'feedback', component: () => import('./views/FeedbackView.vue') },
    { path: '/open-data', name: 'open-data', component: () => import('./views/OpenDataView.vue') },
    // Anyone, no login: published decisions (两公开), residents' feedback and following it by tracking code.
    { path: '/public/:allianceId', name: 'public', component: () => import('./views/PublicView.vue'), props: true, meta: { bare: true, anonymous: true } },
    { path: '/public/:allianceId/feedback', name: 'public-feedback', component: () => import('./views/PublicFeedbackView.vue'), props: true, meta: { bare: true, anonymous: true } },
    { path: '/track', name: 'track', component: () => import('./views/TrackView.vue'), meta: { bare: true, anonymous: true } },
    { path: '/:rest(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
  ],
});

router.beforeEach(async (to) => {
  if (!session.ready) {
    try {
      await loadSession();
    } catch {
      /* network trouble: the views show it */
    }
  }
  if (to.meta.anonymous) return true;
  if (to.meta.public) return session.me && to.name === 'login' ? { name: 'overview' } : true;
  if (!session.me) return { name: 'login', query: to.fullPath !== '/' ? { next: to.fullPath } : {} };
  return true;
});
