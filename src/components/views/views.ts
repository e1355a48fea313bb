/**
 * The view of every page kind (src/lib/routing/page-kinds.ts). A kind without a view, or a view
 * whose props do not fit its kind's record, is a type error: a reusable kind's view takes only its
 * page, the site's frame and its card (ReusableViewProps), so it cannot read what its page's cache
 * key does not cover; the others take the catalogue besides (CatalogueViewProps).
 */
import type { PageKind } from "@/lib/routing/page-kinds.ts";
import type { ViewProps } from "@/lib/routing/site-frame.ts";
import BoothCardView from "./BoothCardView.astro";
import ExemplarsView from "./ExemplarsView.astro";
import GiftListView from "./GiftListView.astro";
import GroupListView from "./GroupListView.astro";
import GroupView from "./GroupView.astro";
import HomeView from "./HomeView.astro";
import InfoListView from "./InfoListView.astro";
import InfoView from "./InfoView.astro";
import LocalityListView from "./LocalityListView.astro";
import LocalityPrintView from "./LocalityPrintView.astro";
import LocalityView from "./LocalityView.astro";
import NotFoundView from "./NotFoundView.astro";
import OccasionListView from "./OccasionListView.astro";
import OccasionView from "./OccasionView.astro";
import OfflineView from "./OfflineView.astro";
import ProducerListView from "./ProducerListView.astro";
import ProducerView from "./ProducerView.astro";
import ProductListView from "./ProductListView.astro";
import ProductView from "./ProductView.astro";
import RedirectView from "./RedirectView.astro";
import SearchView from "./SearchView.astro";
import TravelGuideView from "./TravelGuideView.astro";

/** A view of kind K: an Astro component taking that kind's props. */
type ViewOf<K extends PageKind> = (props: ViewProps<K>) => unknown;

export const VIEWS = {
  home: HomeView,
  productList: ProductListView,
  product: ProductView,
  producerList: ProducerListView,
  producer: ProducerView,
  localityList: LocalityListView,
  locality: LocalityView,
  groupList: GroupListView,
  group: GroupView,
  occasionList: OccasionListView,
  occasion: OccasionView,
  travelGuide: TravelGuideView,
  exemplars: ExemplarsView,
  infoList: InfoListView,
  info: InfoView,
  giftList: GiftListView,
  search: SearchView,
  boothCard: BoothCardView,
  localityPrint: LocalityPrintView,
  redirect: RedirectView,
  notFound: NotFoundView,
  offline: OfflineView,
} satisfies { [K in PageKind]: ViewOf<K> };
