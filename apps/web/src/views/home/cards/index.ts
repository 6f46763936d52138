/** Every domain's home cards; a new domain adds its file here. */
import './approval-cards';
import './customer-cards';
import './sales-cards';
import './receivable-cards';

export { homeCardsFor, type HomeCard, type HomeCardContext, type HomeFigure } from './registry';
